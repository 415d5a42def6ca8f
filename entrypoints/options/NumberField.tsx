/** A labelled number input; the value stays the text typed until the form checks it on save. */
export function NumberField(props: {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  step?: number;
  onInput: (v: string) => void;
}) {
  return (
    <label class="field" for={props.id}>
      <span>{props.label}</span>
      <input
        id={props.id}
        type="number"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value ?? ''}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}
