// The dashboard's entry point: a hash router (#/, #/dyad/RUS/UKR, #/article/ID?event=…, #/actor/CODE,
// #/search?text=…, #/articles?source=…). Each view fetches its JSON twin from /api and renders with text nodes only.
import { h, replace } from './dom.ts';
import { errorBox } from './parts.ts';
import { actorView } from './views/actor.ts';
import { articleView } from './views/article.ts';
import { articlesView } from './views/articles.ts';
import { dyadView } from './views/dyad.ts';
import { overviewView } from './views/overview.ts';
import { searchView } from './views/search.ts';

type Cleanup = (() => void) | void;

let cleanup: Cleanup;
let generation = 0;

async function render(): Promise<void> {
  const view = document.getElementById('view');
  if (view === null) return;
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', qs = ''] = hash.split('?', 2);
  const params = new URLSearchParams(qs);
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  const mine = ++generation;
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  view.setAttribute('aria-busy', 'true');
  window.scrollTo(0, 0); // a new page starts at its top (the article view then scrolls to a chosen sentence)
  try {
    const [name, ...rest] = parts;
    let result: Cleanup = undefined;
    if (name === undefined) result = await overviewView(view);
    else if (name === 'dyad') result = await dyadView(view, rest, params);
    else if (name === 'article') result = await articleView(view, rest, params);
    else if (name === 'actor') result = await actorView(view, rest);
    else if (name === 'search') result = await searchView(view, params);
    else if (name === 'articles') result = await articlesView(view, params);
    else
      replace(
        view,
        h('h1', {}, 'Not found'),
        h('p', {}, 'No such page. ', h('a', { href: '#/' }, 'Back to the overview')),
      );
    // A newer navigation started while this one loaded: drop what this one made.
    if (mine !== generation && typeof result === 'function') result();
    else cleanup = result;
    document.title = `${view.querySelector('h1')?.textContent ?? 'Détente'} · Détente`;
  } catch (error) {
    if (mine === generation) replace(view, h('h1', {}, 'Could not load this page'), errorBox(error));
  } finally {
    if (mine === generation) {
      view.setAttribute('aria-busy', 'false');
      view.dataset['ready'] = String(mine);
    }
  }
}

function start(): void {
  const quick = document.getElementById('quick-search');
  if (quick instanceof HTMLFormElement) {
    quick.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = new FormData(quick).get('text');
      location.hash = `/search?${new URLSearchParams({ text: typeof text === 'string' ? text : '' }).toString()}`;
    });
  }
  window.addEventListener('hashchange', () => void render());
  void render();
}

start();
