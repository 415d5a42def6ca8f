import { provideLazyUi } from '@/components/lazy-ui';
import { mountReplyPicker } from './reply.content/picker-host';

/**
 * The reply-template picker (the panel, its search and forms, the chat's order reading, Preact), loaded into a
 * page only when a merchant first opens it or points at its button: the background injects this file into the
 * content scripts' isolated world. Every back-office page load draws only the small button.
 */
export default defineUnlistedScript(() => provideLazyUi('template-picker', mountReplyPicker));
