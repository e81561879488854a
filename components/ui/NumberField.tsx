import { useId } from 'react';
import { t } from '../../utils/i18n/t';

interface Props {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  step: number;
  /** When true, an empty field means "not sent; the server's default". */
  optional?: boolean;
}

export function NumberField({ label, value, onChange, min, max, step, optional = false }: Props) {
  const id = useId();
  return (
    <div className="field number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={step}
        placeholder={optional ? t('optionsServerDefault') : undefined}
        value={value ?? ''}
        onChange={(event) => {
          const text = event.target.value;
          if (text === '' && optional) onChange(null);
          else if (text !== '' && Number.isFinite(Number(text))) onChange(Number(text));
        }}
      />
    </div>
  );
}
