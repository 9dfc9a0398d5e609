import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { usePlaceSuggestions } from '../../api/places';

/**
 * Where a person lives, as a place in Denmark: suggestions from the gazetteer as they type,
 * so what they choose is a place matching can measure distances from.
 */
export function PlaceInput(props: {
  id: string;
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const [debounced] = useDebouncedValue(props.value, 200);
  const suggestions = usePlaceSuggestions(debounced);
  const labels = [...new Set((suggestions.data?.items ?? []).map((p) => p.label))];
  return (
    <Autocomplete
      id={props.id}
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={props.onChange}
      data={labels}
      filter={({ options }) => options}
      error={props.error}
      required
      autoComplete="off"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
