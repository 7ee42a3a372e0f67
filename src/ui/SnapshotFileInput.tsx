import type { Ref } from 'react';

/** A hidden file picker for snapshot JSON; a button elsewhere clicks it through `ref`. */
export function SnapshotFileInput({
  ref,
  testId,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      hidden
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) onFile(file);
        // Picking the same file again must fire onChange again.
        e.target.value = '';
      }}
    />
  );
}
