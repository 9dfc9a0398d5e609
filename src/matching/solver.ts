// biome-ignore-all lint/style/noNonNullAssertion: hot loops index typed arrays within bounds fixed at construction

import { type EdgeList, findEdgeListProblem } from './edges';

/**
 * Exact maximum-weight b-matching (mentee ≤ 1, mentor ≤ capacity) by successive shortest
 * augmenting paths with dual potentials, on the capacitated graph (no slot expansion).
 *
 * Weights are the canonical tie-break weights w = score * (N + 1) + 1, so the optimum
 * maximises the total score first and the number of matched mentees second.
 *
 * Duals (max-weight LP): u[mentee] ≥ 0, v[mentor] ≥ 0, u + v ≥ w on every edge, tight on
 * matched edges, u = 0 for a processed unmatched mentee, v = 0 for a mentor with a free place.
 * Mentees are added one at a time; a Dijkstra search from the new mentee over reduced costs
 * finds the best way to fit it in: a mentor with a free place, leaving the new mentee out, or
 * pushing some matched mentee out. The potential update keeps every reduced cost ≥ 0.
 */

export interface MatchingProblem {
  menteeCount: number;
  /** capacity[j] of mentor j; its length is the number of mentors */
  capacities: ArrayLike<number>;
  edges: EdgeList;
}

export interface MatchingSolution {
  /** total score of the matching (for the exact solver: the optimal score) */
  totalScore: number;
  matched: number;
  /** mentor index per mentee, -1 when unmatched */
  mentorOfMentee: Int32Array;
  /** the matched pairs, by ascending mentee index */
  pairs: { mentee: Int32Array; mentor: Int32Array };
}

export interface SolveOptions {
  /** called every 4096 mentees with (mentees processed, mentees with at least one candidate) */
  onProgress?: (done: number, total: number) => void;
}

export function tieBreakWeight(score: number, menteeCount: number): number {
  return score * (menteeCount + 1) + 1;
}

export function solveMatching(
  problem: MatchingProblem,
  options: SolveOptions = {},
): MatchingSolution {
  const N = problem.menteeCount;
  const capacities = problem.capacities;
  const M = capacities.length;
  const { mentee: edgeMentee, mentor: edgeMentor, score: edgeScore } = problem.edges;
  const E = edgeMentee.length;
  const scale = N + 1;
  for (let j = 0; j < M; j++) {
    if (!(Number.isInteger(capacities[j]) && capacities[j]! >= 0)) {
      throw new RangeError(`capacities[${j}]: expected a non-negative integer`);
    }
  }
  // scores only need to be integers here; w ≤ 0 edges are simply never worth taking
  const problemWithEdges = findEdgeListProblem(problem.edges, N, M, [-(2 ** 31), 2 ** 31 - 1]);
  if (problemWithEdges !== null) {
    throw new RangeError(`${problemWithEdges.path}: ${problemWithEdges.expectation}`);
  }

  // CSR adjacency by mentee: the edge list is already in mentee order
  const adjStart = new Int32Array(N + 1);
  for (let e = 0; e < E; e++) adjStart[edgeMentee[e]! + 1]!++;
  for (let i = 0; i < N; i++) adjStart[i + 1]! += adjStart[i]!;
  const adjMentor = edgeMentor;
  const adjWeight = new Float64Array(E);
  let maxWeight = 0;
  for (let e = 0; e < E; e++) {
    const w = tieBreakWeight(edgeScore[e]!, N);
    adjWeight[e] = w;
    if (w > maxWeight) maxWeight = w;
  }
  // every potential, distance and total stays below N · max w: exact in doubles up to 2^53
  if (maxWeight * (N + 1) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('scores × mentees too large for exact arithmetic');
  }

  const slotStart = new Int32Array(M + 1);
  for (let j = 0; j < M; j++) slotStart[j + 1] = slotStart[j]! + capacities[j]!;
  const capacity = new Int32Array(M);
  for (let j = 0; j < M; j++) capacity[j] = capacities[j]!;
  // matched mentees of mentor j occupy slotMentee[slotStart[j] .. slotStart[j] + load[j])
  const slotMentee = new Int32Array(slotStart[M]!);
  const load = new Int32Array(M);
  const mentorOf = new Int32Array(N).fill(-1);

  const u = new Float64Array(N);
  const v = new Float64Array(M);

  // Dijkstra state over mentors, reset through the touched list after each search
  const dist = new Float64Array(M).fill(Number.POSITIVE_INFINITY);
  const reachedFrom = new Int32Array(M); // mentee whose edge gave mentor j its distance
  const touched = new Int32Array(M);
  const settled = new Int32Array(M);
  const settledDist = new Float64Array(M);
  const heap = new Int32Array(M);
  const heapPos = new Int32Array(M).fill(-1);
  let maxCapacity = 1;
  for (let j = 0; j < M; j++) if (capacity[j]! > maxCapacity) maxCapacity = capacity[j]!;
  const expandMentee = new Int32Array(maxCapacity);
  const expandBase = new Float64Array(maxCapacity);

  const removeFromMentor = (j: number, k: number): void => {
    const s0 = slotStart[j]!;
    const last = s0 + load[j]! - 1;
    for (let s = s0; s <= last; s++) {
      if (slotMentee[s] === k) {
        slotMentee[s] = slotMentee[last]!;
        break;
      }
    }
    load[j]!--;
  };
  const addToMentor = (j: number, k: number): void => {
    slotMentee[slotStart[j]! + load[j]!] = k;
    load[j]!++;
    mentorOf[k] = j;
  };

  // Mentees with few candidate mentors go first: they take their places before the flexible
  // ones arrive, which keeps the later searches short (about 2.4x fewer edge scans on L than
  // index order). Any order gives the same optimum.
  const order = menteesByDegree(adjStart, N);
  const onProgress = options.onProgress;
  for (let oi = 0; oi < order.length; oi++) {
    if (onProgress !== undefined && (oi & 4095) === 0) onProgress(oi, order.length);
    const i = order[oi]!;
    const a0 = adjStart[i]!;
    const a1 = adjStart[i + 1]!;
    if (a0 === a1) continue;

    // u[i] = max(0, max_j w - v[j]) makes every reduced cost out of i non-negative
    let best = 0;
    let bestMentor = -1;
    let bestIsFree = false;
    for (let e = a0; e < a1; e++) {
      const j = adjMentor[e]!;
      const gain = adjWeight[e]! - v[j]!;
      const free = load[j]! < capacity[j]!;
      if (gain > best || (gain === best && free && !bestIsFree)) {
        best = gain;
        bestMentor = j;
        bestIsFree = free;
      }
    }
    if (bestMentor < 0) continue; // every mentor is worth more to others: i stays unmatched, u[i] = 0
    if (bestIsFree) {
      // shortest path of length 0 to a free place: no potential changes
      u[i] = best;
      addToMentor(bestMentor, i);
      continue;
    }
    u[i] = best;

    // Dijkstra from mentee i; `limit` = best known distance to the sink, initially i's own
    // "stay unmatched" edge of reduced cost u[i]
    let limit = best;
    let endMentor = -1; // free mentor ending the path
    let endDropped = -1; // matched mentee pushed out, ending the path
    let nTouched = 0;
    let nSettled = 0;
    let heapSize = 0;

    // mentees to expand next, with their distance plus their own reduced cost
    let nExpand = 1;
    expandMentee[0] = i;
    expandBase[0] = best;
    for (;;) {
      for (let x = 0; x < nExpand; x++) {
        const k = expandMentee[x]!;
        const base = expandBase[x]!;
        for (let e = adjStart[k]!, end = adjStart[k + 1]!; e < end; e++) {
          const j = adjMentor[e]!;
          const nd = base + v[j]! - adjWeight[e]!;
          if (nd < dist[j]! && nd < limit) {
            if (dist[j] === Number.POSITIVE_INFINITY) touched[nTouched++] = j;
            dist[j] = nd;
            reachedFrom[j] = k;
            let p = heapPos[j]!;
            if (p < 0) p = heapSize++;
            while (p > 0) {
              const parent = (p - 1) >> 1;
              const pj = heap[parent]!;
              if (dist[pj]! <= nd) break;
              heap[p] = pj;
              heapPos[pj] = p;
              p = parent;
            }
            heap[p] = j;
            heapPos[j] = p;
          }
        }
      }
      nExpand = 0;
      if (heapSize === 0) break;
      const j = heap[0]!;
      const dj = dist[j]!;
      if (dj >= limit) break;
      heapPos[j] = -1;
      heapSize--;
      if (heapSize > 0) {
        const last = heap[heapSize]!;
        const dl = dist[last]!;
        let p = 0;
        for (;;) {
          let c = 2 * p + 1;
          if (c >= heapSize) break;
          const r = c + 1;
          if (r < heapSize && dist[heap[r]!]! < dist[heap[c]!]!) c = r;
          const cj = heap[c]!;
          if (dist[cj]! >= dl) break;
          heap[p] = cj;
          heapPos[cj] = p;
          p = c;
        }
        heap[p] = last;
        heapPos[last] = p;
      }
      // -∞ marks j settled: no later relaxation can improve on it
      dist[j] = Number.NEGATIVE_INFINITY;
      settledDist[nSettled] = dj;
      settled[nSettled++] = j;
      if (load[j]! < capacity[j]!) {
        limit = dj;
        endMentor = j;
        endDropped = -1;
        break;
      }
      for (let s = slotStart[j]!, end = s + load[j]!; s < end; s++) {
        const k = slotMentee[s]!;
        const dropAt = dj + u[k]!;
        if (dropAt < limit) {
          limit = dropAt;
          endDropped = k;
          endMentor = -1;
        }
        expandMentee[nExpand] = k;
        expandBase[nExpand++] = dropAt;
      }
    }

    // potentials: every node settled below the final distance moves by (limit - d)
    u[i] = u[i]! - limit;
    for (let t = 0; t < nSettled; t++) {
      const j = settled[t]!;
      const delta = limit - settledDist[t]!;
      if (delta > 0) {
        v[j] = v[j]! + delta;
        for (let s = slotStart[j]!, end = s + load[j]!; s < end; s++) {
          const k = slotMentee[s]!;
          u[k] = u[k]! - delta;
        }
      }
    }
    for (let t = 0; t < heapSize; t++) heapPos[heap[t]!] = -1;
    for (let t = 0; t < nTouched; t++) dist[touched[t]!] = Number.POSITIVE_INFINITY;

    // augment along the predecessor chain
    let j = endMentor;
    if (endDropped >= 0) {
      j = mentorOf[endDropped]!;
      removeFromMentor(j, endDropped);
      mentorOf[endDropped] = -1;
    }
    if (j < 0) continue; // i's own "stay unmatched" edge was shortest
    for (;;) {
      const k = reachedFrom[j]!;
      const previous = mentorOf[k]!;
      if (k !== i) removeFromMentor(previous, k);
      addToMentor(j, k);
      if (k === i) break;
      j = previous;
    }
  }

  if (onProgress !== undefined) onProgress(order.length, order.length);

  let total = 0;
  let matched = 0;
  for (let i = 0; i < N; i++) if (mentorOf[i]! >= 0) matched++;
  const pairMentee = new Int32Array(matched);
  const pairMentor = new Int32Array(matched);
  for (let i = 0, p = 0; i < N; i++) {
    const j = mentorOf[i]!;
    if (j < 0) continue;
    pairMentee[p] = i;
    pairMentor[p++] = j;
    for (let e = adjStart[i]!, end = adjStart[i + 1]!; e < end; e++) {
      if (adjMentor[e] === j) {
        total += adjWeight[e]!;
        break;
      }
    }
  }
  // W = Σ (score * (N + 1) + 1) encodes both objectives; matched < N + 1 cannot carry over
  if (total % scale !== matched) throw new Error('solver invariant broken: W mod (N+1) ≠ matched');
  return {
    totalScore: (total - matched) / scale,
    matched,
    mentorOfMentee: mentorOf,
    pairs: { mentee: pairMentee, mentor: pairMentor },
  };
}

function menteesByDegree(adjStart: Int32Array, menteeCount: number): Int32Array {
  let maxDegree = 0;
  for (let i = 0; i < menteeCount; i++) {
    const d = adjStart[i + 1]! - adjStart[i]!;
    if (d > maxDegree) maxDegree = d;
  }
  const start = new Int32Array(maxDegree + 2);
  for (let i = 0; i < menteeCount; i++) start[adjStart[i + 1]! - adjStart[i]! + 1]!++;
  for (let d = 0; d <= maxDegree; d++) start[d + 1]! += start[d]!;
  const isolated = start[1]!;
  const order = new Int32Array(menteeCount - isolated);
  for (let i = 0; i < menteeCount; i++) {
    const d = adjStart[i + 1]! - adjStart[i]!;
    if (d > 0) order[start[d]!++ - isolated] = i;
  }
  return order;
}
