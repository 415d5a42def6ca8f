import type { Platform } from './types';

/** A selector and the layout generation it was seen in, so stale ones can be retired by date. */
export interface Dated {
  selector: string;
  since: string;
}

export interface BlockSelector extends Dated {
  /** The selector finds an order's header row; the rows after it, up to the next header, belong to it. */
  groupFollowingRows?: boolean;
}

export type AdapterField = 'id' | 'status' | 'promise' | 'remark' | 'amount';

/** The platform's own chat page: the reply box, its Send button, the messages (the buyer's where the page marks sides), their times. */
export type ChatField = 'box' | 'send' | 'message' | 'time';

/**
 * A platform's knowledge of its pages: where one order's element is, and where a few fields sit when
 * labels are missing. Everything else is read by the generic label/column reader, which is also the
 * fallback when none of these selectors match (layouts change every few months).
 */
export interface PlatformAdapter {
  platform: Platform;
  blocks: BlockSelector[];
  fields: Partial<Record<AdapterField, Dated[]>>;
  /** Chat selectors (PLATFORMS.md "Chat boxes"); the reply helper also finds any other reply box. */
  chat?: Partial<Record<ChatField, Dated[]>>;
}
