import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MailProposal, ProposalAccept } from '../../../contracts/mail.js';
import { STAGES, STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';
import { useApplicationList } from '../applications/api';

const NEW = '__new__';

/** Accept with changes: another application (or a new one), another stage. */
export function EditProposalModal({ proposal, onClose, onAccept, busy }: {
  proposal: MailProposal | null;
  onClose: () => void;
  onAccept: (edits: ProposalAccept) => void;
  busy: boolean;
}) {
  const list = useApplicationList({ pageSize: 200, sort: 'company', order: 'asc' });
  const [target, setTarget] = useState<string>(NEW);
  const [stage, setStage] = useState<string | null>(null);
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  useEffect(() => {
    if (!proposal) return;
    setTarget(proposal.application?.id ?? NEW);
    setStage(proposal.stage);
    setCompany(proposal.proposedCompany ?? '');
    setTitle(proposal.proposedTitle ?? '');
  }, [proposal]);

  const options = [
    { value: NEW, label: 'A new application' },
    ...(list.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.company} — ${a.title} (${STAGE_LABELS[a.status]})` })),
  ];
  const submit = () => {
    const edits: ProposalAccept = {};
    if (target !== NEW) edits.applicationId = target;
    else {
      if (company.trim()) edits.company = company.trim();
      if (title.trim()) edits.title = title.trim();
    }
    if (stage) edits.stage = stage as Stage;
    onAccept(edits);
  };
  return (
    <Modal opened={proposal !== null} onClose={onClose} title="Edit before accepting" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Select label="Application" data={options} value={target} onChange={(v) => setTarget(v ?? NEW)} searchable allowDeselect={false} comboboxProps={{ withinPortal: true }} />
          {target === NEW ? (
            <>
              <TextInput label="Company" value={company} onChange={(e) => setCompany(e.currentTarget.value)} required />
              <TextInput label="Job title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} placeholder="Unknown role" />
            </>
          ) : null}
          {proposal?.action === 'stage' ? (
            <Select label="Stage" data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))} value={stage} onChange={setStage} allowDeselect={false} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Accept
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
