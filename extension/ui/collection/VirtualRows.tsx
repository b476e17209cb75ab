// A window of rows over a long list: only the rows in view (and a few around them) are in
// the DOM, so 100 000 rows scroll like 30. Rows have one fixed height, which makes the
// window a division (no measuring, no library needed); text that does not fit is cut
// with an ellipsis and shown whole in its title.

import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualRowsProps {
  count: number;
  /** Pixels; must match the CSS height of a row. */
  rowHeight: number;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
  renderRow(index: number): ComponentChildren;
  /** Called with the rows about to be shown [start, end), to fetch their data. */
  onRange?(start: number, end: number): void;
  /** Rendered before the rows, outside the scrolled window (the header row). */
  header?: ComponentChildren;
  label: string;
  /** Changes when the list is another one (new filter): scrolls back to the top. */
  resetKey?: unknown;
}

export function VirtualRows({ count, rowHeight, overscan = 10, renderRow, onRange, header, label, resetKey }: VirtualRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  // Also when onRange changes: the list may hold other items at the same positions (a new
  // filter with as many results); the caller's onRange skips what it already has.
  useEffect(() => onRange?.(first, last), [first, last, count, resetKey, onRange]);

  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div role="row" aria-rowindex={i + 2} class="vrow" key={i} style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div role="table" aria-label={label} aria-rowcount={count + 1} class="vtable">
      {header}
      {/* The scroller is the rows' group: a focusable element between the table and its rows
          would break the table's structure for assistive technology (axe: aria-required-children). */}
      <div role="rowgroup" class="vscroll" ref={scroller} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)} tabIndex={0}>
        <div class="vspace" style={{ height: `${count * rowHeight}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
