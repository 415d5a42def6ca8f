import { browser } from 'wxt/browser';
import { createClient } from '@/lib/messaging/client';
import { isEventEnvelope, type PageEvent } from '@/lib/messaging/protocol';

/** The typed background client every entrypoint uses (content scripts never open IndexedDB). */
export const request = createClient((message) => browser.runtime.sendMessage(message));

type EventHandler = (event: PageEvent) => void;
const handlers = new Set<EventHandler>();

/** The script's one listener for what the background tells pages (lib/messaging/protocol.ts PageEvent). */
const listener = (message: unknown) => {
  if (!isEventEnvelope(message)) return undefined;
  for (const handler of [...handlers]) {
    try {
      handler(message.event);
    } catch (error) {
      console.warn('[seller-desk] page event', message.event.type, error);
    }
  }
  // No answer: the background does not wait for pages.
  return undefined;
};

/** Calls `handler` with every event the background sends this page; returns the unsubscribe. */
export function onPageEvent(handler: EventHandler): () => void {
  if (!handlers.size) browser.runtime.onMessage.addListener(listener);
  handlers.add(handler);
  return () => {
    handlers.delete(handler);
    if (!handlers.size) browser.runtime.onMessage.removeListener(listener);
  };
}
