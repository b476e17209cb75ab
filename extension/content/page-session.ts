// What the content script does on one page, without extension APIs (the entrypoint wires it
// to messages): read the article (or the selection), analyze it, find every fact on the
// page and draw it; show saved facts with their state; scroll to a fact.

import { analyze } from '../../analyzer/index.ts';
import { fieldsOfFact, type Fact } from '../../analyzer/contract.ts';
import { extractArticle } from '../../analyzer/html/extract.ts';
import { t } from '../i18n/index.ts';
import {
  buildTextIndex,
  clearHighlights,
  drawHighlights,
  drawnItems,
  placeFacts,
  quoteOfRange,
  scrollToFact,
  type Anchor,
  type DrawItem,
  type PlacedFact,
} from '../highlight/index.ts';
import type { AnalysisSource, HighlightFactMessage, PageAnalysisMessage, SavedAnchor, ShowSavedMessage } from '../messages.ts';
import { ReplyError } from '../respond.ts';
import { analysisFactId } from '../storage/fact-id.ts';

interface FactAnchor extends Anchor {
  fact: Fact;
}

interface SavedFactAnchor extends Anchor {
  saved: SavedAnchor;
}

/** One mention of a fact to place: the fact's own anchor is mention 0 (key `K`), the others `K@i`. */
type MentionOf<A extends Anchor> = Anchor & { of: A; mention: number };

/** The fact's anchor and one anchor per further mention, each a quote of the same text. */
function mentionAnchors<A extends Anchor>(anchor: A, more: readonly { quote: string; start: number; end: number; prefix?: string; suffix?: string }[]): MentionOf<A>[] {
  const out: MentionOf<A>[] = [{ ...anchor, of: anchor, mention: 0 }];
  more.forEach((m, i) => out.push({ key: `${anchor.key}@${i + 1}`, kind: anchor.kind, quote: m.quote, start: m.start, end: m.end, prefix: m.prefix, suffix: m.suffix, of: anchor, mention: i + 1 }));
  return out;
}

interface PlacedMentions<A extends Anchor> {
  /** Per fact with at least one mention on the page: its placed mentions, and how many it has. */
  placed: { anchor: A; mentions: PlacedFact<MentionOf<A>>[]; total: number }[];
  /** Facts none of whose mentions is on the page. */
  notFound: A[];
  /** Mentions not on the page, of facts placed elsewhere. */
  lost: MentionOf<A>[];
}

/** Places every mention of every anchor; a fact is found when any of its mentions is. */
function placeMentions<A extends Anchor>(index: ReturnType<typeof buildTextIndex>, text: string, anchors: readonly A[], moreOf: (a: A) => Parameters<typeof mentionAnchors>[1]): PlacedMentions<A> {
  const all = anchors.flatMap((a) => mentionAnchors(a, moreOf(a)));
  const placement = placeFacts(index, text, all);
  const byFact = new Map<A, PlacedFact<MentionOf<A>>[]>();
  for (const p of placement.placed) byFact.set(p.anchor.of, [...(byFact.get(p.anchor.of) ?? []), p]);
  const out: PlacedMentions<A> = { placed: [], notFound: [], lost: [] };
  for (const a of anchors) {
    const mentions = byFact.get(a);
    if (mentions) out.placed.push({ anchor: a, mentions, total: 1 + moreOf(a).length });
    else out.notFound.push(a);
  }
  for (const m of placement.notFound) if (byFact.has(m.of)) out.lost.push(m);
  return out;
}

/** The further mentions of an analysis fact, as quotes of the analysed text. */
function moreMentionsOf(text: string) {
  return (a: FactAnchor) => (a.fact.mentions ?? []).slice(1).map((m) => ({ quote: text.slice(m.start, m.end), start: m.start, end: m.end }));
}

const savedKey = (id: number) => `saved:${id}`;

export interface DrawResult {
  /** analysisFactId() of the analysis facts not on the page. */
  notFound: string[];
  /** Ids of the saved facts not on the page. */
  savedNotFound: number[];
  /** Of the saved facts placed: their mentions not on the page (0 is the fact's own quote, i its mentions[i − 1]). */
  savedMentionsLost: { id: number; mentions: number[] }[];
}

export class PageSession {
  private current?: { message: PageAnalysisMessage; anchors: FactAnchor[] };
  private saved?: { articleId: number; anchors: SavedFactAnchor[] };
  /** What the last draw found and did not find. */
  last: DrawResult = { notFound: [], savedNotFound: [], savedMentionsLost: [] };

  constructor(
    private readonly doc: Document,
    private readonly href: () => string,
  ) {}

  /** The last analysis message (undefined before the first). */
  get analysis(): PageAnalysisMessage | undefined {
    return this.current?.message;
  }

  /** Reads and analyzes the page, draws its facts, and returns the page-analysis message. */
  analyze(source: AnalysisSource = 'article'): PageAnalysisMessage {
    const href = this.href();
    const extracted = extractArticle(this.doc, { url: href });
    let text: string;
    let method: PageAnalysisMessage['method'];
    if (source === 'selection') {
      text = this.doc.getSelection()?.toString().trim() ?? '';
      if (!text) throw new ReplyError(t('error.noSelection'), 'failed');
      method = 'selection';
    } else {
      // Nothing to read (an app shell, a consent page): say so rather than show 'no facts'.
      if (extracted.method === 'none') throw new ReplyError(t('error.noArticle', { menu: t('menu.analyzeSelection') }), 'failed');
      text = extracted.text;
      method = extracted.method;
    }
    const analysis = analyze(text, { url: extracted.url ?? href, title: extracted.title, published: extracted.published });
    const seen = new Map<string, number>();
    const anchors: FactAnchor[] = analysis.facts.map((fact) => {
      const id = analysisFactId(fact);
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      return { key: n === 1 ? id : `${id}#${n}`, kind: fact.kind, quote: fact.text, start: fact.start, end: fact.end, fact };
    });
    // Saved facts shown before stay while the page is the same one (the background sends
    // them again after every analysis); a page at another address is another article.
    if (this.current && this.current.message.url !== href) this.saved = undefined;
    this.current = {
      anchors,
      message: { type: 'page-analysis', url: href, analysis, text, textLength: text.length, notFound: [], source, method },
    };
    this.draw();
    this.current.message.notFound = this.last.notFound;
    return this.current.message;
  }

  /** Highlights the saved facts with their state (with the facts found anew); returns the saved ids not on the page. */
  showSaved(msg: ShowSavedMessage): { notFound: number[]; mentionsLost: DrawResult['savedMentionsLost'] } {
    if (!this.current) this.analyze('article');
    if (msg.articleId === undefined) {
      this.saved = undefined;
      this.draw();
      return { notFound: [], mentionsLost: [] };
    }
    this.saved = {
      articleId: msg.articleId,
      anchors: msg.facts.map((f) => ({ key: savedKey(f.id), kind: f.kind, quote: f.quote, start: f.start, end: f.end, prefix: f.prefix, suffix: f.suffix, saved: f })),
    };
    this.draw();
    return { notFound: this.last.savedNotFound, mentionsLost: this.last.savedMentionsLost };
  }

  /** Scrolls to a drawn fact and flashes it. */
  highlight(msg: HighlightFactMessage): { found: boolean } {
    const keys: string[] = [];
    if (msg.factId !== undefined) keys.push(savedKey(msg.factId));
    const fresh = this.current?.anchors.find((a) => a.start === msg.start && a.quote === msg.quote);
    if (fresh) {
      keys.push(fresh.key);
      const saved = this.saved?.anchors.find((a) => a.saved.sourceId === fresh.key);
      if (saved) keys.push(saved.key);
    }
    const match = this.saved?.anchors.find((a) => a.start === msg.start && a.quote === msg.quote);
    if (match) keys.push(match.key);
    return { found: keys.some((k) => scrollToFact(k, msg.mention ?? 0)) };
  }

  /** The page's selection as a quote of the analysed text (get-selection); null when there is none. */
  selection(): { selection: ReturnType<typeof quoteOfRange> } {
    const text = this.current?.message.text;
    const sel = this.doc.getSelection();
    if (!text || !sel || sel.rangeCount === 0 || sel.isCollapsed) return { selection: null };
    return { selection: quoteOfRange(buildTextIndex(this.doc.body), text, sel.getRangeAt(0)) };
  }

  clear(): void {
    clearHighlights();
    this.current = undefined;
    this.saved = undefined;
    this.last = { notFound: [], savedNotFound: [], savedMentionsLost: [] };
  }

  /** Places and draws every mention of the analysis facts and the saved facts, from a fresh index of the page. */
  private draw(): void {
    clearHighlights();
    const current = this.current;
    if (!current) return;
    const index = buildTextIndex(this.doc.body);
    const text = current.message.text;
    const fresh = placeMentions(index, text, current.anchors, moreMentionsOf(text));
    const items: DrawItem[] = [];
    const savedNotFound: number[] = [];
    const shownSources = new Set<string>();
    const drawMentions = (placed: PlacedFact<Anchor & { mention: number }>[], total: number, item: Omit<DrawItem, 'range' | 'mention' | 'mentions'>) => {
      for (const p of placed) items.push({ ...item, range: p.range.cloneRange(), mention: p.anchor.mention, mentions: total });
    };
    let savedLost: MentionOf<SavedFactAnchor>[] = [];
    if (this.saved) {
      const saved = placeMentions(index, text, this.saved.anchors, (a) => a.saved.mentions ?? []);
      savedLost = saved.lost;
      const freshByKey = new Map(fresh.placed.map((p) => [p.anchor.key, p] as const));
      const all = [...saved.placed];
      for (const anchor of saved.notFound) {
        // Its quote changed, but the analyzer found the same fact on the page: show it there.
        const same = anchor.saved.sourceId !== undefined ? freshByKey.get(anchor.saved.sourceId) : undefined;
        if (same) all.push({ anchor, mentions: same.mentions.map((m) => ({ ...m, anchor: { ...m.anchor, of: anchor } })), total: same.total });
        else savedNotFound.push(anchor.saved.id);
      }
      for (const p of all) {
        const s = p.anchor.saved;
        if (s.sourceId) shownSources.add(s.sourceId);
        const status = { saved: true, checked: s.checked, manual: s.origin === 'manual' } as const;
        drawMentions(p.mentions, p.total, { key: p.anchor.key, kind: s.kind, quote: s.quote, fields: s.fields, checked: s.checked, status });
      }
    }
    for (const p of fresh.placed) {
      if (shownSources.has(p.anchor.key)) continue;
      drawMentions(p.mentions, p.total, {
        key: p.anchor.key,
        kind: p.anchor.kind,
        quote: p.anchor.quote,
        fields: fieldsOfFact(p.anchor.fact),
        status: this.saved ? { saved: false } : undefined,
      });
    }
    items.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const notFound = fresh.notFound.map((a) => a.key);
    const lostBySaved = new Map<number, number[]>();
    for (const m of savedLost) lostBySaved.set(m.of.saved.id, [...(lostBySaved.get(m.of.saved.id) ?? []), m.mention]);
    this.last = { notFound, savedNotFound, savedMentionsLost: [...lostBySaved].map(([id, mentions]) => ({ id, mentions })) };
    const lostMentions = this.saved ? savedLost.length : fresh.lost.length;
    if (items.length || notFound.length || savedNotFound.length) {
      drawHighlights(items, { notFound: (this.saved ? savedNotFound : notFound).length, lostMentions });
    }
  }

  /** Keys of the facts drawn now, each once (tests, debugging). */
  drawnKeys(): string[] {
    return [...new Set(drawnItems().map((i) => i.key))];
  }

  /** How many places are drawn for each fact (tests, debugging). */
  drawnMentions(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const i of drawnItems()) out[i.key] = (out[i.key] ?? 0) + 1;
    return out;
  }
}
