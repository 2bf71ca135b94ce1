import nodemailer from 'nodemailer';

/** Sends Debrief's own mail (verification, password reset, invitations) through SMTP_URL. */
export interface Mailer {
  send: (message: { to: string; subject: string; text: string }) => Promise<void>;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async ({ to, subject, text }) => {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}
