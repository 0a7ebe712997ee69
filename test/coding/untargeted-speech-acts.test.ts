// In a release's transcript after its section break ("* * *"), a speaker's acts aimed at no other side are the
// speaker's own state's affairs, no event: "we will support the construction sector", "we have agreed with the
// Minister's proposal"; acts towards a foreign side stay ("I will visit India").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedTriggers } from '../pipeline/coded-triggers.ts';

const events = (text: string): string[] => codedTriggers(text, 'Meeting');

test("a speech's acts towards no side or the speaker's own state are no events", () => {
  const got = events(
    'Vladimir Putin held a meeting on the economy with members of the Government. * * * President of Russia ' +
      'Vladimir Putin: Colleagues, good afternoon. We will certainly support the recovery of the construction ' +
      'sector. We have agreed with the proposal of the Minister of Finance. Next month, I will visit India.',
  );
  assert.ok(got.includes('visit RUSGOV->IND'), got.join('; '));
  assert.ok(!got.some((e) => e.startsWith('support ') || e.startsWith('agreed ')), got.join('; '));
});

test("a later turn of such a transcript drops its speaker's untargeted acts too", () => {
  const got = events(
    'Vladimir Putin met with President of Kazakhstan Kassym-Jomart Tokayev. * * * President of Russia Vladimir ' +
      'Putin: Mr President, friends, I am glad to see you. We will discuss trade today. President of Kazakhstan ' +
      'Kassym-Jomart Tokayev: Thank you, Mr President. We strongly support this initiative.',
  );
  assert.ok(got.includes('discuss RUSGOV->KAZGOV'), got.join('; '));
  assert.ok(!got.some((e) => e.startsWith('support ')), got.join('; '));
});
