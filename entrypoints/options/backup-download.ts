import { request } from '@/components/client';
import type { ExportScope } from '@/lib/store/backup';

/** Saves a backup file through the browser's download (nothing leaves the machine). */
export async function downloadBackup(scope: ExportScope): Promise<void> {
  const file = await request('backup/export', { scope });
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `seller-desk-${scope}-${file.exportedAt.slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
