import { describe, expect, it } from 'vitest';
import { readLinkedInConnections, type LinkedInRow } from './linkedin.js';

const NOTES = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

async function read(text: string | Buffer): Promise<LinkedInRow[]> {
  const rows: LinkedInRow[] = [];
  for await (const r of readLinkedInConnections(text)) rows.push(r);
  return rows;
}

describe('LinkedIn Connections.csv', () => {
  it('skips the note lines, reads "02 Dec 2026" dates and keys the profile address', async () => {
    const rows = await read(`${NOTES}${HEADER}Ana,Lima,https://www.linkedin.com/in/ana-lima/,ana@example.org,"Larkspur Labs, Inc.",Data Lead,02 Dec 2026\nBen,Ode,https://www.linkedin.com/in/benode,,Northwind,Recruiter,15 Nov 2025\n`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ ok: true, connection: { name: 'Ana Lima', email: 'ana@example.org', company: 'Larkspur Labs, Inc.', position: 'Data Lead', connectedOn: '2026-12-02', key: 'linkedin.com/in/ana-lima' } });
    expect(rows[1]).toMatchObject({ ok: true, connection: { name: 'Ben Ode', email: null, connectedOn: '2025-11-15' } });
  });

  it('reads a byte-order mark and Windows line ends the same', async () => {
    const text = `\uFEFF${(NOTES + HEADER).replace(/\n/g, '\r\n')}Chloé,Durand,https://www.linkedin.com/in/chloe,,Acme,PM,01 Jan 2026\r\n`;
    const rows = await read(Buffer.from(text, 'utf8'));
    expect(rows).toEqual([{ ok: true, connection: expect.objectContaining({ name: 'Chloé Durand', connectedOn: '2026-01-01', company: 'Acme' }) }]);
  });

  it('a header right at the top works; a row without a name is reported; an email that is not one is dropped', async () => {
    const rows = await read(`${HEADER},,https://www.linkedin.com/in/x,,Acme,,\nDan,Ray,,not-an-email,Acme,,31 Feb 2026\n`);
    expect(rows[0]).toEqual({ ok: false, line: 1, problem: expect.stringMatching(/no name/) });
    expect(rows[1]).toMatchObject({ ok: true, connection: { name: 'Dan Ray', email: null, connectedOn: null, key: null } });
  });

  it('refuses a file with a different header, naming the columns it expects', async () => {
    await expect(read('Name,Email\nAna,ana@example.org\n')).rejects.toThrow(/First Name, Last Name, URL/);
  });
});
