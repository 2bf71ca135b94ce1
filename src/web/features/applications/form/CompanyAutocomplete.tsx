import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useCompanies } from '../../companies/api';

/** Company name with suggestions from the companies already known. */
export function CompanyAutocomplete(props: AutocompleteProps) {
  const companies = useCompanies();
  const names = [...new Set((companies.data ?? []).map((c) => c.name))];
  return <Autocomplete label="Company" withAsterisk data={names} limit={8} withScrollArea={false} {...props} />;
}
