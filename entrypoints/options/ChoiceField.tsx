/** A labelled choice among a few values (`field`: its `data-field` hook, where tests and tools find it). */
export function ChoiceField<V extends string>(props: {
  label: string;
  value: V;
  choices: [V, string][];
  field?: string;
  /** For a field that a test or a label elsewhere finds by id. */
  id?: string;
  onChange: (value: V) => void;
}) {
  return (
    <label class="field" for={props.id}>
      <span>{props.label}</span>
      <select
        id={props.id}
        value={props.value}
        data-field={props.field}
        onChange={(e) => props.onChange(e.currentTarget.value as V)}
      >
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
