// runtime.onMessage listeners that answer asynchronously, in every browser.
//
// Chromium (156 measured) does not deliver a Promise *returned* from an onMessage listener:
// the sender gets undefined. It needs sendResponse() and `return true` to keep the channel
// open. Firefox and WXT's fake browser take the returned Promise (the fake browser passes no
// sendResponse at all). So: with a sendResponse, call it and return true; without one,
// return the Promise.
//
// A handler returns undefined for messages it leaves to other listeners (the channel is not
// kept open, so another listener may answer).

import type { ErrorReply } from './messages.ts';

export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; windowId?: number };
}

export type Handler = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export type Listener = (
  message: unknown,
  sender: MessageSender,
  sendResponse?: (response: unknown) => void,
) => true | false | Promise<unknown>;

/** An ErrorReply for anything thrown. */
export function errorReply(error: unknown, code: ErrorReply['code'] = 'failed'): ErrorReply {
  if (error instanceof ReplyError) return { error: error.message, code: error.code };
  const named = error as { name?: unknown; message?: unknown } | null | undefined;
  if (named?.name === 'StorageFullError') return { error: String(named.message), code: 'storage-full' };
  if (named?.name === 'RecordNotFoundError') return { error: String(named.message), code: 'not-found' };
  return { error: error instanceof Error ? error.message : String(error), code };
}

/** An Error that carries the ErrorReply code it should be answered with. */
export class ReplyError extends Error {
  constructor(
    message: string,
    readonly code: NonNullable<ErrorReply['code']>,
  ) {
    super(message);
    this.name = 'ReplyError';
  }
}

/** The onMessage listener for a handler: errors become ErrorReplies, never rejections. */
export function listener(handler: Handler): Listener {
  return (message, sender, sendResponse) => {
    let pending: Promise<unknown> | undefined;
    try {
      pending = handler(message, sender ?? {});
    } catch (error) {
      pending = Promise.resolve(errorReply(error));
    }
    if (!pending) return false;
    const answer = pending.catch((error: unknown) => errorReply(error));
    if (typeof sendResponse === 'function') {
      void answer.then((reply) => {
        try {
          sendResponse(reply);
        } catch {
          // The sender is gone (tab closed, panel closed): nobody to answer.
        }
      });
      return true;
    }
    return answer;
  };
}
