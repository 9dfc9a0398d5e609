import { type APIRequestContext, expect } from '@playwright/test';
import { apiAs } from './demo';

/**
 * Setting up training through the API: enrolments, the curriculum with its answers, and
 * passing items in bulk, so a browser test only does by hand what it is about.
 */

interface Item {
  id: string;
  key: string;
  kind: 'lesson' | 'quiz' | 'in_person' | 'code_of_conduct' | 'reflection';
  required: boolean;
  quiz: {
    questions: { id: string; options: { correct: boolean }[] }[];
  } | null;
}
export interface Curriculum {
  id: string;
  modules: { id: string; items: Item[] }[];
}

export const SCHOOL_PROGRAM = 'Lektiehjælp Nørrebro';

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export async function programByName(api: APIRequestContext, orgId: string, name: string) {
  const page = await json<{ items: { id: string; name: string }[] }>(
    await api.get(`/api/v1/organisations/${orgId}/programs?status=published&limit=100`),
    'programs',
  );
  const program = page.items.find((p) => p.name === name);
  expect(program, `the demo's program ${name}`).toBeTruthy();
  return program?.id as string;
}

async function membershipOf(api: APIRequestContext, orgId: string, email: string) {
  const page = await json<{ items: { id: string; email: string }[] }>(
    await api.get(`/api/v1/organisations/${orgId}/members?search=${encodeURIComponent(email)}`),
    'members',
  );
  const member = page.items.find((m) => m.email === email);
  expect(member, `member ${email}`).toBeTruthy();
  return member?.id as string;
}

/** Enrols the person (unless they already are) and answers their enrolment's id. */
export async function enrol(
  coordinator: APIRequestContext,
  baseURL: string,
  orgId: string,
  programId: string,
  email: string,
): Promise<string> {
  const membershipId = await membershipOf(coordinator, orgId, email);
  const response = await coordinator.post(`/api/v1/programs/${programId}/enrolments`, {
    data: { membershipId },
  });
  expect([201, 409], `enrol ${email}`).toContain(response.status());
  const mentor = await apiAs(baseURL, email);
  const mine = await json<{ items: { id: string; programId: string }[] }>(
    await mentor.get(`/api/v1/organisations/${orgId}/my-training`),
    'my training',
  );
  await mentor.dispose();
  const enrolment = mine.items.find((e) => e.programId === programId);
  expect(enrolment, `${email}'s enrolment`).toBeTruthy();
  return enrolment?.id as string;
}

/** The program's published curriculum, answers included (what an author sees). */
export async function publishedCurriculum(
  author: APIRequestContext,
  programId: string,
): Promise<Curriculum> {
  const versions = await json<{ items: { id: string; status: string }[] }>(
    await author.get(`/api/v1/programs/${programId}/curriculum-versions`),
    'versions',
  );
  const published = versions.items.find((v) => v.status === 'published');
  const { curriculum } = await json<{ curriculum: Curriculum }>(
    await author.get(`/api/v1/curriculum-versions/${published?.id}`),
    'curriculum',
  );
  return curriculum;
}

export function items(curriculum: Curriculum): Item[] {
  return curriculum.modules.flatMap((m) => m.items);
}

/** The right option indexes of every question. */
export function rightAnswers(item: Item) {
  return (item.quiz?.questions ?? []).map((q) => ({
    questionId: q.id,
    optionIndexes: q.options.flatMap((o, i) => (o.correct ? [i] : [])),
  }));
}

/** A session for the program's in-person item, starting `days` from now at 17:00. */
export async function createSession(
  trainer: APIRequestContext,
  programId: string,
  itemKey: string,
  place: string,
  days = 1,
): Promise<string> {
  const start = new Date();
  start.setDate(start.getDate() + days);
  start.setHours(17, 0, 0, 0);
  const end = new Date(start.getTime() + 2 * 60 * 60 * 1000);
  const { session } = await json<{ session: { id: string } }>(
    await trainer.post(`/api/v1/programs/${programId}/training-sessions`, {
      data: {
        itemKey,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        place,
        capacity: 12,
      },
    }),
    'create a session',
  );
  return session.id;
}

/** An answer that is fine, or says the step was already taken (setups may run twice). */
async function done<T = unknown>(
  response: Awaited<ReturnType<APIRequestContext['post']>>,
  what: string,
): Promise<T | null> {
  expect([200, 201, 409], `${what}: ${response.status()} ${await response.text()}`).toContain(
    response.status(),
  );
  return response.status() === 409 ? null : ((await response.json()) as T);
}

/** Passes one item as the mentor would (a trainer approving and taking attendance). */
export async function passItem(
  mentor: APIRequestContext,
  trainer: APIRequestContext,
  programId: string,
  enrolmentId: string,
  item: Item,
): Promise<void> {
  const base = `/api/v1/enrolments/${enrolmentId}`;
  const data = { itemKey: item.key };
  switch (item.kind) {
    case 'lesson':
      await done(await mentor.post(`${base}/lesson-reads`, { data }), item.key);
      return;
    case 'quiz':
      await done(
        await mentor.post(`${base}/quiz-attempts`, {
          data: { ...data, answers: rightAnswers(item) },
        }),
        item.key,
      );
      return;
    case 'code_of_conduct':
      await done(await mentor.post(`${base}/code-of-conduct-signatures`, { data }), item.key);
      return;
    case 'reflection': {
      const sent = await done<{ reflection: { id: string } }>(
        await mentor.post(`${base}/reflections`, {
          data: {
            ...data,
            text: 'Jeg vil være mentor, fordi jeg selv fik hjælp, da jeg var barn.',
          },
        }),
        item.key,
      );
      if (sent) {
        await done(
          await trainer.post(`/api/v1/reflections/${sent.reflection.id}/review`, {
            data: { decision: 'approve', comment: 'Fin og ærlig refleksion.' },
          }),
          'approve',
        );
      }
      return;
    }
    case 'in_person': {
      const sessionId = await createSession(trainer, programId, item.key, 'Foreningens lokaler', 2);
      const signed = await done<{ signup: { id: string } }>(
        await mentor.post(`${base}/session-signups`, { data: { sessionId } }),
        'sign up',
      );
      if (signed) {
        await done(
          await trainer.post(`/api/v1/session-signups/${signed.signup.id}/attendance`, {
            data: { attendance: 'present' },
          }),
          'attendance',
        );
      }
      return;
    }
  }
}

/** Passes every required item but those named; answers the certificate's code, if issued. */
export async function passAllBut(
  baseURL: string,
  mentorEmail: string,
  programId: string,
  enrolmentId: string,
  curriculum: Curriculum,
  except: string[],
): Promise<string | null> {
  const mentor = await apiAs(baseURL, mentorEmail);
  const trainer = await apiAs(baseURL, 'trainer@demo.test');
  const before = await json<{
    enrolment: { modules: { items: { key: string; state: string }[] }[] };
  }>(await mentor.get(`/api/v1/enrolments/${enrolmentId}`), 'enrolment');
  const completed = new Set(
    before.enrolment.modules
      .flatMap((m) => m.items)
      .filter((i) => i.state === 'completed')
      .map((i) => i.key),
  );
  for (const item of items(curriculum)) {
    if (!item.required || except.includes(item.key) || completed.has(item.key)) continue;
    await passItem(mentor, trainer, programId, enrolmentId, item);
  }
  const { enrolment } = await json<{ enrolment: { certificate: { code: string } | null } }>(
    await mentor.get(`/api/v1/enrolments/${enrolmentId}`),
    'enrolment',
  );
  await mentor.dispose();
  await trainer.dispose();
  return enrolment.certificate?.code ?? null;
}
