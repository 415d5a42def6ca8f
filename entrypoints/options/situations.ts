import type { Situation } from '@/lib/templates/types';

/** The order the template library is shown in: what buyers ask most first. */
export const situations: Situation[] = [
  'reminder-in-stock',
  'reminder-shipped-no-tracking',
  'reminder-late',
  'out-of-stock',
  'presale',
  'notice-received',
  'notice-shipped',
  'notice-delay',
  'refund',
  'after-sales',
];
