import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEdgeFile } from './edges';
import { InstanceError, parseInstance } from './instance';

type Json = Record<string, unknown>;

const fixture = (): { meta: Json; mentors: Json[]; mentees: Json[] } =>
  JSON.parse(readFileSync(new URL('./fixtures/S.json', import.meta.url), 'utf8'));

/** The message parseInstance gives after `change` breaks a copy of the S instance. */
function rejection(change: (instance: ReturnType<typeof fixture>) => void): string {
  const instance = fixture();
  change(instance);
  try {
    parseInstance(instance);
  } catch (error) {
    expect(error).toBeInstanceOf(InstanceError);
    return (error as Error).message;
  }
  throw new Error('the instance was accepted');
}

const at = <T>(list: T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

describe('parseInstance', () => {
  it('accepts the S instance as it is', () => {
    const instance = parseInstance(fixture());
    expect(instance.mentors).toHaveLength(200);
    expect(instance.mentees).toHaveLength(400);
    expect(instance.mentors[0]?.id).toBe('mentor-00000');
  });

  it('names the record and field of the first problem', () => {
    expect(
      rejection((s) => {
        at(s.mentors, 17).availability = [5, 3];
      }),
    ).toBe('mentors[17].availability: expected sorted unique integers 0..167');
    expect(
      rejection((s) => {
        at(s.mentees, 4).availability = [1, 1];
      }),
    ).toBe('mentees[4].availability: expected sorted unique integers 0..167');
    expect(
      rejection((s) => {
        at(s.mentees, 4).availability = [168];
      }),
    ).toBe('mentees[4].availability: expected sorted unique integers 0..167');
    expect(
      rejection((s) => {
        delete at(s.mentees, 3).location;
      }),
    ).toBe('mentees[3].location: missing');
    expect(
      rejection((s) => {
        at(s.mentors, 2).program = 'sports';
      }),
    ).toBe('mentors[2].program: expected one of youth, education, newcomer, career');
    expect(
      rejection((s) => {
        at(s.mentors, 0).languages = [];
      }),
    ).toBe('mentors[0].languages: expected a non-empty array of distinct language codes');
    expect(
      rejection((s) => {
        at(s.mentors, 0).languages = ['da', 'xx'];
      }),
    ).toBe('mentors[0].languages[1]: unknown language code');
    expect(
      rejection((s) => {
        at(s.mentees, 9).interests = ['chess', 'chess'];
      }),
    ).toBe('mentees[9].interests[1]: duplicate "chess"');
    expect(
      rejection((s) => {
        at(s.mentees, 9).goals = ['flying'];
      }),
    ).toBe('mentees[9].goals[0]: unknown goal');
    expect(
      rejection((s) => {
        at(s.mentors, 5).capacity = 4;
      }),
    ).toBe('mentors[5].capacity: expected an integer 1..3');
    expect(
      rejection((s) => {
        at(s.mentees, 5).capacity = 2;
      }),
    ).toBe('mentees[5].capacity: expected 1');
    expect(
      rejection((s) => {
        at(s.mentors, 6).age = 30.5;
      }),
    ).toBe('mentors[6].age: expected an integer 0..150');
    expect(
      rejection((s) => {
        at(s.mentors, 6).menteeAgeMax = 1;
      }),
    ).toBe('mentors[6].menteeAgeMax: expected menteeAgeMax ≥ menteeAgeMin');
    expect(
      rejection((s) => {
        at(s.mentors, 7).trainingCompleted = 'yes';
      }),
    ).toBe('mentors[7].trainingCompleted: expected true or false');
    expect(
      rejection((s) => {
        at(s.mentees, 8).genderPreference = 'any';
      }),
    ).toBe('mentees[8].genderPreference: expected null or one of female, male, nonbinary');
    expect(
      rejection((s) => {
        at(s.mentees, 8).location = { latE6: 60_000_000, lonE6: 12_000_000 };
      }),
    ).toBe('mentees[8].location.latE6: expected an integer 54560000..57750000');
    expect(
      rejection((s) => {
        at(s.mentees, 11).id = at(s.mentees, 10).id;
      }),
    ).toBe('mentees[11].id: duplicate of mentees[10].id');
    expect(
      rejection((s) => {
        s.mentees[12] = 'mentee' as unknown as Json;
      }),
    ).toBe('mentees[12]: expected an object');
    expect(
      rejection((s) => {
        (s as Json).mentors = {};
      }),
    ).toBe('mentors: expected an array');
  });

  it('rejects a document that is not an object', () => {
    expect(() => parseInstance([])).toThrow('instance: expected a JSON object');
  });

  it('accepts empty sides', () => {
    expect(parseInstance({ mentors: [], mentees: [] })).toEqual({
      meta: {},
      mentors: [],
      mentees: [],
    });
  });
});

describe('parseEdgeFile', () => {
  const good = { mentee: [0, 0, 2], mentor: [1, 3, 0], score: [10, 110, 55] };

  it('reads columnar edges into typed arrays', () => {
    const edges = parseEdgeFile(good, 3, 4);
    expect(Array.from(edges.mentor)).toEqual([1, 3, 0]);
    expect(edges.score).toBeInstanceOf(Int32Array);
  });

  it('names the position of the first bad edge', () => {
    expect(() => parseEdgeFile({ ...good, mentee: [0, 0, 3] }, 3, 4)).toThrow(
      'edges.mentee[2]: expected a mentee index 0..2',
    );
    expect(() => parseEdgeFile({ ...good, mentor: [1, 4, 0] }, 3, 4)).toThrow(
      'edges.mentor[1]: expected a mentor index 0..3',
    );
    expect(() => parseEdgeFile({ ...good, score: [10, 111, 55] }, 3, 4)).toThrow(
      'edges.score[1]: expected an integer score 10..110',
    );
    expect(() => parseEdgeFile({ ...good, score: [10, 'x', 55] }, 3, 4)).toThrow(
      'edges.score[1]: expected an integer',
    );
    expect(() => parseEdgeFile({ ...good, mentor: [3, 1, 0] }, 3, 4)).toThrow(
      'edges.mentee[1]: expected edges sorted by mentee then mentor, each pair once',
    );
    expect(() => parseEdgeFile({ ...good, score: [10] }, 3, 4)).toThrow(
      'edges: mentee, mentor and score must have the same length',
    );
    expect(() => parseEdgeFile({ mentee: [] }, 3, 4)).toThrow('edges.mentor: expected an array');
  });
});
