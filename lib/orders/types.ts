import type { Platform } from '../platforms/types';

/** Where an order stands in its life; `pending` is the only one that has a shipping clock running. */
export type OrderStatus = 'pending' | 'shipped' | 'cancelled' | 'completed' | 'unpaid' | 'unknown';

/** One item (sub-order, SKU row) of an order with several, and where it stands. */
export interface OrderItem {
  /** The item's name as the page shows it (shortened). */
  name: string;
  status: OrderStatus;
}

/** One order as read from the page: plain data, times as epoch ms. */
export interface Order {
  id: string;
  platform: Platform;
  status: OrderStatus;
  /** The status words exactly as the page shows them. */
  statusText?: string;
  orderTime?: number;
  payTime?: number;
  /** Promised / latest ship time shown on the page (absolute, or now + a relative remainder). */
  promiseTime?: number;
  /** When the page says the order went out (出库时间 / 发货时间): the waybill upload, not the courier's scan. */
  shipTime?: number;
  /** When the page says the courier scanned the parcel (揽收时间 / 揽件时间): what JD's 48 h pickup rule counts. */
  pickupTime?: number;
  /** The page says the courier has collected it (已揽收 / 已揽件), with or without a time. */
  pickedUp?: boolean;
  amount?: number;
  presale?: boolean;
  remark?: string;
  buyer?: string;
  /** The page flags the order as suspected malicious (it must be reported early). */
  suspicious?: boolean;
  /** Fields the reader found a label for but could not parse (shown to the merchant as the reason). */
  unreadable?: string[];
  /** The order's items when it has several (sub-orders): the order is done only when all of them are. */
  items?: OrderItem[];
}
