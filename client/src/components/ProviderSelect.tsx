import { Select, SelectOption } from "@utrecht/component-library-react";
import { describedBy } from "./Field";

interface ProviderSelectProps {
  id: string;
  value: string;
  onChange: (providerId: string) => void;
  providers: ReadonlyArray<{ id: string; name: string }>;
  error?: string;
}

/** A provider chosen by its name: a person never types a provider's internal id. */
export function ProviderSelect({ id, value, onChange, providers, error }: ProviderSelectProps) {
  return (
    <Select id={id} value={value} onChange={(e) => onChange(e.target.value)} invalid={Boolean(error)} aria-describedby={describedBy(id, { error })}>
      <SelectOption value="">Kies een dienstverlener</SelectOption>
      {providers.map((p) => (
        <SelectOption key={p.id} value={p.id}>
          {p.name}
        </SelectOption>
      ))}
    </Select>
  );
}
