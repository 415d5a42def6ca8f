import { browser } from 'wxt/browser';
import { createClient } from '@/lib/messaging/client';

/** The typed background client every entrypoint uses (content scripts never open IndexedDB). */
export const request = createClient((message) => browser.runtime.sendMessage(message));
