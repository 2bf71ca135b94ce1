import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

/**
 * The search box in the header (from 48em) or at the top of the menu (on a phone): Enter opens the list
 * filtered by the text. Both are drawn and the stylesheet shows one, so the page the server draws is right
 * at every width.
 */
export function HeaderSearch({ at, ...props }: Omit<TextInputProps, 'value' | 'onChange'> & { at: 'header' | 'menu' }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    void navigate(q ? `/applications?q=${encodeURIComponent(q)}` : '/applications');
  };

  return (
    <form role="search" onSubmit={submit} style={{ display: 'contents' }} className={at === 'header' ? 'mantine-visible-from-sm' : 'mantine-hidden-from-sm'}>
      <TextInput
        {...props}
        type="search"
        data-global-search
        aria-label="Search applications"
        placeholder="Search applications  /"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
    </form>
  );
}

/** Focuses the search box that is visible at the current width. */
export function focusGlobalSearch(): void {
  const inputs = document.querySelectorAll<HTMLInputElement>('input[data-global-search]');
  for (const input of inputs) {
    if (input.offsetParent !== null) {
      input.focus();
      input.select();
      return;
    }
  }
}
