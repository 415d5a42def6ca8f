import type { BrowserContext, Worker } from 'playwright-core';

export declare const EXTENSION_DIR: string;
export declare function launchWithExtension(options?: {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  locale?: string;
  timezoneId?: string;
  args?: string[];
}): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }>;
