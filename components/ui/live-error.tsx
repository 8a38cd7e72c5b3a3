// A button's refusal, announced when it appears (the region is in the page before it, so it is read).
export function LiveError({ message }: { message: string | null }) {
  return (
    <div aria-live="polite">
      {message ? (
        <p role="alert" className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
