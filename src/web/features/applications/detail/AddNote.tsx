import { Button, Group, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { useAddNote } from '../api';

export function AddNote({ applicationId }: { applicationId: string }) {
  const [body, setBody] = useState('');
  const add = useAddNote(applicationId);
  const save = () => {
    if (body.trim() === '') return;
    add.mutate(body, {
      onSuccess: () => setBody(''),
      onError: (e) => notifications.show({ title: 'The note was not saved', message: errorMessage(e), color: 'red' }),
    });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Textarea
        label="Add a note"
        placeholder="What happened, what you learned, what to do next…"
        autosize
        minRows={2}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) save();
        }}
      />
      <Group justify="flex-end" mt="xs">
        <Button type="submit" variant="light" size="sm" disabled={body.trim() === ''} loading={add.isPending}>
          Add note
        </Button>
      </Group>
    </form>
  );
}
