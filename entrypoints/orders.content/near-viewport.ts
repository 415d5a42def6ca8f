/**
 * Rows waiting for their badge, in page order, handed over once they come within a few screens of the
 * viewport. Found by a binary search on the rows' positions a frame after a scroll or resize; no observer per
 * row (an IntersectionObserver target costs the page ~1.5 KB: 3 MB for a 2,000-row list).
 */
export interface NearViewport {
  /** The rows still waiting, in page order (each pass sets the whole list). */
  wait(rows: readonly Element[]): void;
  stop(): void;
}

/**
 * `screens`: how far beyond the viewport rows get their badge (that many screens above, one more below, where
 * the merchant usually scrolls). Each badge in a table cell costs the page ~6 KB of layout data: one screen
 * keeps a 2,000-row table at ~80 badges instead of ~155 with three, and a wheel scroll still finds them drawn.
 */
export function watchNearViewport(onNear: (rows: Element[]) => void, screens = 1): NearViewport {
  let waiting: Element[] = [];
  let frame = 0;

  const check = () => {
    frame = 0;
    waiting = waiting.filter((el) => el.isConnected);
    if (!waiting.length) return;
    const above = -screens * innerHeight;
    const below = (screens + 1) * innerHeight;
    let from = 0;
    let to = waiting.length;
    while (from < to) {
      const mid = (from + to) >> 1;
      if ((waiting[mid] as Element).getBoundingClientRect().bottom < above) from = mid + 1;
      else to = mid;
    }
    let end = from;
    while (end < waiting.length && (waiting[end] as Element).getBoundingClientRect().top <= below) end++;
    if (end === from) return;
    const near = waiting.splice(from, end - from);
    onNear(near);
  };
  // After the next frame is drawn, not inside it: the page's layout is then up to date, so reading the rows'
  // positions costs nothing (inside the frame the first read would force a whole-table layout in our task).
  const schedule = () => {
    if (!frame && waiting.length) frame = requestAnimationFrame(() => setTimeout(check, 0));
  };
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });

  return {
    wait(rows) {
      waiting = [...rows];
      schedule();
    },
    stop() {
      cancelAnimationFrame(frame);
      waiting = [];
      removeEventListener('scroll', schedule, { capture: true });
      removeEventListener('resize', schedule);
    },
  };
}
