import type { StoreErrorCode } from '@/lib/store/errors';

/** A storage problem stated at the top of an extension page until the next action succeeds. */
export function StoreNotice({ text, code }: { text: string; code: StoreErrorCode | null }) {
  if (!text) return null;
  return (
    <p role="alert" class="store-notice" data-store-error={code ?? 'failed'}>
      {text}
    </p>
  );
}

export const storeNoticeCss = `
.store-notice { margin: 0 0 14px; padding: 10px 12px; border: 1px solid #f0b8b8; border-left: 4px solid var(--overdue);
  border-radius: 6px; background: #fff5f5; color: var(--fg); white-space: pre-line; }
`;
