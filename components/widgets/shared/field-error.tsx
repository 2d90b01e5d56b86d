/** The inline message under a widget field; `id` is what the field's aria-describedby points at. */
export function FieldError({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
      <span aria-hidden="true">✗ </span>
      {error}
    </p>
  );
}
