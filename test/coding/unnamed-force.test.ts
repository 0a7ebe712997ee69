// Force whose doer is not named still codes when its sentence names the place: the place's unidentified forces
// (UAF) act on the place's state, as the PLOVER and PETRARCH2 gold code it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt modality" per event, through the whole pipeline (real actors and places). */
function readings(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2005-03-01', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test("an agentless passive or a weapon as subject: force by the place's unidentified forces on its state", () => {
  assert.deepEqual(readings('A local judge was shot dead in Basra on Monday.'), ['193 IRQUAF->IRQ asserted']);
  assert.deepEqual(readings('A roadside bomb killed four shepherds near Kandahar.'), ['190 AFGUAF->AFG asserted']);
  assert.deepEqual(readings('A shopkeeper was killed by a roadside bomb in Basra.'), ['190 IRQUAF->IRQ asserted']);
  // A place inside a longer locative phrase, after a graded adjective.
  assert.deepEqual(readings('A shopkeeper was beaten in a busy quarter of mostly Sunni western Mosul.'), [
    '182 IRQUAF->IRQ asserted',
  ]);
});

test('no place, a named doer that was not resolved, a background clause or an occupied territory: no event', () => {
  assert.deepEqual(readings('A local judge was shot dead on Monday.'), []);
  assert.deepEqual(
    readings('They shelled the market in Kharkiv.').filter((e) => e.includes('UAF')),
    [],
  );
  assert.deepEqual(readings('The judge was shot dead by gunmen in Basra.'), []);
  assert.deepEqual(readings('The talks resumed in Basra, where a judge was shot dead last year.'), []);
  assert.deepEqual(readings('Schools reopened in the temporarily occupied territories of Donetsk.'), []);
});

test('a passive whose participle is its base form ("was hit by", "was put under"); a strict verb hit by no actor nor weapon is a metaphor', () => {
  assert.deepEqual(readings('Kyiv was hit by a Russian missile.'), ['190 RUS->UKR asserted']);
  assert.deepEqual(readings('A Russian diplomat was put under investigation.'), ['090 -->RUSGOV asserted']);
  assert.deepEqual(readings('Ukraine was hit by economic crises.'), []);
});

test('force with no agent fired from a named state is done by its unidentified forces; saying so accuses them', () => {
  assert.deepEqual(readings('Egypt said a rocket was fired at Israel from Jordan on Monday.'), [
    '193 JORUAF->ISR asserted',
    '112 EGY->JORUAF asserted',
  ]);
  // "from within Lebanese territory", "from the territory of Syria": the land of a state is that state.
  assert.deepEqual(readings('Mortars were fired at Israel from within Lebanese territory.'), [
    '193 LBNUAF->ISR asserted',
  ]);
  assert.deepEqual(readings('A rocket was fired at Israel from the territory of Syria.'), ['193 SYRUAF->ISR asserted']);
  // A "by" phrase that names no weapon is no launch site's doing.
  assert.deepEqual(
    readings('Cuba was targeted by harsh sanctions from Canada.').filter((r) => r.includes('UAF')),
    [],
  );
});

test('the speaker is not what a passive in the reported clause acted on', () => {
  // Before: the observatory itself was coded as the target of the killing.
  assert.deepEqual(
    readings('The Syrian Observatory for Human Rights said six people were killed in Homs.').filter((r) =>
      r.includes('NGO'),
    ),
    [],
  );
});

test('victims of a passive with no agent were killed by whoever did the attack they were killed in', () => {
  assert.deepEqual(
    readings('Two farmers were killed in Turkish artillery shelling near Erbil.')[0],
    '190 TUR->IRQ asserted',
  );
  assert.deepEqual(
    readings('Two farmers were killed in an air strike by Turkish forces near Erbil.')[0],
    '190 TURMIL->IRQ asserted',
  );
  // An attack that names no doer leaves it to the place.
  assert.deepEqual(readings('Two farmers were killed in an attack near Erbil.'), ['190 IRQUAF->IRQ asserted']);
});

test('a passive whose agent is a weapon fired by someone was done by who fired it', () => {
  assert.deepEqual(readings('The airliner was shot down by a missile believed to have been fired by Iranian forces.'), [
    '193 IRNMIL->- asserted',
  ]);
});

test('harm done by a crash, an accident or a disaster is no act of force, whoever is named in it', () => {
  assert.deepEqual(readings('Ten Ukrainian soldiers were killed by the Malaysia Airlines flight MH17 crash.'), []);
  assert.deepEqual(readings('Three Russian soldiers were killed two months later in a helicopter crash in Syria.'), []);
  assert.deepEqual(readings('Twelve miners were killed in an accident at a mine in Kemerovo, Russia.'), []);
  assert.deepEqual(readings('The earthquake killed 300 Turkish villagers.'), []);
  assert.deepEqual(readings('Biden spoke of a tornado that hit Kentucky.'), []);
  // A weapon or an attack is still force, and a capitalised name is no mishap ("Operation Storm").
  assert.deepEqual(readings('Five Iraqi civilians were killed by a Russian air strike.'), ['190 RUS->IRQCVL asserted']);
  assert.deepEqual(readings('Croatian forces killed 200 Serb civilians in Operation Storm.'), [
    '190 HRVMIL->SRBCVL asserted',
  ]);
});
