// createPipeline(config) → a frozen Pipeline: the one place the stages meet.
// Each stage is a pure function over readonly records; dictionaries are loaded once here.
import v8 from 'node:v8';
import type { Article, ArticleResult, Diagnostic, Mention } from './types.ts';
import { analyze } from './nlp/analyze.ts';
import {
  loadActorRegistry,
  findMentions,
  summarizeActors,
  withSpeakersLand,
  withSpeakersOwn,
  withoutSpeakerAsThirdPerson,
  withQuotedAntecedentsToSpeaker,
} from './actors/index.ts';
import { loadCodebook, codeEvents, withoutTolls } from './coding/index.ts';
import { findQuotes, linkQuoteEvents } from './quotes/index.ts';
import { answeredQuestions, findTurns, withTurns } from './quotes/turns.ts';
import { addressQuotes, addressSpeaker, mayNameAddress } from './quotes/address.ts';
import { addressAudience } from './quotes/audience.ts';
import { withAudience } from './actors/audience-you.ts';
import { withAddressedTitles } from './actors/addressed-titles.ts';
import { withQuestionAddressees } from './actors/question-you.ts';
import { loadToneLexicon, tone } from './coding/tone.ts';
import { locateEvents } from './geo/index.ts';
import { placeActors } from './geo/place-actors.ts';
import { withoutAimlessFights } from './coding/aimless-fights.ts';
import { withOwnStateTargets } from './coding/own-state.ts';
import { withParticipleTargets } from './coding/participles.ts';
import { withVictimStates } from './coding/victims.ts';
import { withSpeakersLandRoles } from './coding/speakers-land-roles.ts';
import { withOpposedStates } from './coding/opposed-state.ts';
import { withTreatyParties } from './coding/treaties.ts';
import { withoutDoerlessHistory } from './coding/doerless-history.ts';
import { withoutDoerlessSpeech } from './coding/doerless-speech.ts';
import { withoutPhotoCaptions } from './coding/photo-captions.ts';

export interface PipelineConfig {
  /** Directory of the built-in dictionaries; defaults to the repo's `dictionaries/`. */
  readonly dictionaryDir?: string;
  /** Extra actor dictionary files (user dictionary), applied after the built-in ones. */
  readonly userActorFiles?: readonly string[];
}

/** The stages of `code`, in the order they run; `assemble` is tone, quote links, actor summary and the result. */
export type PipelineStage = 'nlp' | 'actors' | 'quotes' | 'coding' | 'geo' | 'assemble';

/** Runs one stage of one article and returns its value; the bench passes one that times each stage. */
export type StageTimer = <T>(stage: PipelineStage, run: () => T) => T;

export interface Pipeline {
  readonly dictionaryVersion: string;
  code(article: Article, timer?: StageTimer): ArticleResult;
}

const untimed: StageTimer = (_stage, run) => run();

export const DEFAULT_DICTIONARY_DIR = new URL('../dictionaries/', import.meta.url).pathname;

/**
 * Keeps each article's data in V8's young generation. V8 starts allocating an allocation site's objects
 * straight in old space once most of them survive a young collection, and a document's tokens, sentences
 * and mentions all live until its article is coded, so a collection in mid-article finds them alive. In
 * old space they die an article later: on the corpus the old generation grew by ~1.3 MB of such garbage
 * at every young collection, with a full mark-compact of ~140 MB of it every ~20 of them. With the
 * heuristic off the heap stays flat; coding took 10% less CPU and peaked 50 MB lower (docs/reliability.md).
 * Set at run time it applies from the next collection on (checked with --trace-gc), so here is early enough.
 */
function keepArticleDataYoung(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}

export function createPipeline(config: PipelineConfig = {}): Pipeline {
  keepArticleDataYoung();
  const dir = config.dictionaryDir ?? DEFAULT_DICTIONARY_DIR;
  const registry = loadActorRegistry(dir, config.userActorFiles ?? []);
  const codebook = loadCodebook(dir);
  const toneLexicon = loadToneLexicon(dir);
  const dictionaryVersion = `${codebook.version}+${registry.version}`;

  function code(article: Article, timer: StageTimer = untimed): ArticleResult {
    const doc = timer('nlp', () => analyze(article));
    const actors = timer('actors', () => findMentions(doc, registry));
    const quotes = timer('quotes', () => withTurns(findQuotes(doc, actors.mentions), findTurns(doc, actors.mentions)));
    // A text its title calls one person's address is that person's words throughout; the coder reads it as a
    // quotation of theirs, which the output's quotes do not list (src/quotes/address.ts).
    const heading = titleAddress(article);
    const address = timer('quotes', () => addressQuotes(doc, heading?.speaker ?? null));
    const spoken = withTurns(quotes, address);
    // "Our army", "our cities", said by a quotation's speaker or in an address: the speaker's state, known once quotes
    // are found;
    // "you" in a speech to a foreign parliament: the audience its title names; in a journalist's question, the one who
    // answers it.
    const mentions = timer('actors', () =>
      withQuestionAddressees(
        doc,
        withAudience(
          doc,
          withSpeakersLand(
            doc,
            withSpeakersOwn(
              doc,
              withAddressedTitles(
                doc,
                withQuotedAntecedentsToSpeaker(doc, withoutSpeakerAsThirdPerson(actors.mentions, spoken), spoken),
                spoken,
              ),
              spoken,
              registry,
            ),
            spoken,
            registry,
          ),
          spoken,
          address[0],
          heading?.audience ?? null,
        ),
        spoken,
        answeredQuestions(doc, actors.mentions),
      ),
    );
    const events = timer('coding', () => codeEvents(doc, mentions, codebook, dictionaryVersion, spoken));
    // Own-state targets and tolls need the targets places give, so they run in the geo stage, timed with it
    // (the bench's stages must add up to the pipeline).
    const located = timer('geo', () =>
      withoutPhotoCaptions(
        doc,
        withoutDoerlessSpeech(
          withoutAimlessFights(
            withoutDoerlessHistory(
              article.date,
              withSpeakersLandRoles(
                withVictimStates(
                  doc,
                  withParticipleTargets(
                    article.text,
                    withoutTolls(
                      article.text,
                      withOwnStateTargets(
                        withTreatyParties(
                          article.text,
                          withOpposedStates(placeActors(locateEvents(doc, mentions, events.events))),
                          codebook.treaties,
                          registry.states,
                        ),
                        registry.states,
                      ),
                    ),
                  ),
                  registry.states,
                ),
                registry.states,
              ),
            ),
          ),
        ),
      ),
    );
    return timer('assemble', () => {
      const diagnostics: Diagnostic[] = [...actors.diagnostics, ...events.diagnostics];
      if (article.date === null) {
        diagnostics.push({
          stage: 'coding',
          ruleId: 'coding/no-article-date',
          severity: 'warning',
          message: `article ${article.id} has no date: relative event dates are left null (give --date or a date field)`,
        });
      }
      return {
        id: article.id,
        date: article.date,
        title: article.title,
        url: article.url,
        source: article.source,
        tone: tone(doc, toneLexicon),
        events: located,
        // Linked to the events the result keeps: the geo stage drops some (doerless acts, captions) and re-ids others.
        quotes: linkQuoteEvents(doc, quotes, located),
        actors: summarizeActors(mentions),
        diagnostics,
      };
    });
  }

  /**
   * The person whose address the article's title says it is, and the audience it names, recognised in the title as a
   * text of its own.
   */
  function titleAddress(article: Article): { speaker: Mention; audience: Mention | null } | null {
    if (article.title === null || !mayNameAddress(article.title)) return null;
    const title = analyze({ ...article, text: article.title });
    const mentions = findMentions(title, registry).mentions;
    const speaker = addressSpeaker(title, mentions);
    return speaker === null ? null : { speaker, audience: addressAudience(title, mentions, speaker) };
  }

  return Object.freeze({ dictionaryVersion, code });
}
