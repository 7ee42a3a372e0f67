import { useTranslation } from 'react-i18next';
import type { ParamSpec, ParamValue } from '../analysis/params';

/** Option labels live under `analysis.values.<option>`, shared by every parameter. */
export const optionLabelKey = (option: string) => `analysis.values.${option}`;

/**
 * One control generated from a typed parameter spec: a select for enums and attributes, a
 * checkbox for booleans, a number field (committed on Enter or when leaving the field, and
 * only when within its bounds) for numbers.
 */
export function ParamField(props: {
  spec: ParamSpec;
  value: ParamValue;
  onChange: (value: ParamValue) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { spec, value, onChange, testId } = props;
  const label = t(spec.labelKey);
  switch (spec.type) {
    case 'boolean':
      return (
        <label className="check">
          <input
            type="checkbox"
            data-testid={testId}
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </label>
      );
    case 'enum':
    case 'attribute':
      return (
        <label className="field">
          <span>{label}</span>
          <select
            data-testid={testId}
            value={value === null ? '' : String(value)}
            onChange={(e) =>
              onChange(spec.type === 'attribute' && e.target.value === '' ? null : e.target.value)
            }
          >
            {spec.type === 'attribute' && spec.default === null && (
              <option value="">{t('analysis.values.none')}</option>
            )}
            {spec.options.map((o) => (
              <option key={o} value={o}>
                {t(optionLabelKey(o), { defaultValue: o })}
              </option>
            ))}
          </select>
        </label>
      );
    case 'number': {
      const commit = (text: string) => {
        const n = Number(text);
        const ok =
          text.trim() !== '' &&
          Number.isFinite(n) &&
          (!spec.integer || Number.isInteger(n)) &&
          (spec.min === undefined || n >= spec.min) &&
          (spec.max === undefined || n <= spec.max);
        if (ok && n !== value) onChange(n);
        return ok;
      };
      return (
        <label className="field">
          <span>{label}</span>
          <input
            key={String(value)}
            type="number"
            data-testid={testId}
            defaultValue={String(value)}
            min={spec.min}
            max={spec.max}
            step={spec.integer ? 1 : 'any'}
            onBlur={(e) => {
              if (!commit(e.target.value)) e.target.value = String(value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit(e.currentTarget.value);
            }}
          />
        </label>
      );
    }
  }
}
