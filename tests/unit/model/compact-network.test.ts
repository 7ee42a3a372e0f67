import { describe, expect, it } from 'vitest';
import { readCsvFolder } from '../../../graph-import/read/read-folder';
import { datasetToNetwork } from '../../../graph-import/to-network';
import { validateDataset } from '../../../graph-import/validate/validate-dataset';
import {
  CompactDecoder,
  CompactFormatError,
  CompactStreamError,
  decodeCompactText,
} from '../../../src/model/compact-decode';
import { encodeNetwork, UnknownActorError } from '../../../src/model/compact-encode';
import { frameLine, type Frame } from '../../../src/model/compact-format';
import type { SerializedNetwork } from '../../../src/model/graph-format';
import { actor, nationalNetwork, network, smallNetwork, tie } from '../explorer/fixtures';

const text = (frames: Frame[]) => frames.map(frameLine).join('');

/** The stream cut into pieces of `size` characters, as a network delivers it. */
async function* pieces(body: string, size: number) {
  for (let i = 0; i < body.length; i += size) yield body.slice(i, i + size);
}

const decode = (frames: Frame[], size = 4096) => decodeCompactText(pieces(text(frames), size));

/** buildNetwork's canonical order, so that a decoded network can be compared as a whole. */
function sorted(net: SerializedNetwork): SerializedNetwork {
  const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : 1);
  return { ...net, nodes: [...net.nodes].sort(byKey), edges: [...net.edges].sort(byKey) };
}

describe('the compact network format', () => {
  it('decodes the demo network to exactly the network built from its CSV files', async () => {
    const { data } = await validateDataset(readCsvFolder('data/demo', 'auto'));
    const demo = datasetToNetwork(data, 'all');
    // Small frames, so that string tables grow across frames and lines arrive split.
    const frames = encodeNetwork(demo, { actors: 50, ties: 200 });
    expect(frames.filter((f) => f.t === 'actors').length).toBeGreaterThan(5);
    expect(await decode(frames, 333)).toEqual(demo);
  });

  it('keeps nulls, false, directed and undirected ties, and the order-free sending', async () => {
    const net = network(
      [
        actor('B', 'company', { sme: null, spinOff: false, prefecture: null, fields: ['x', 'y'] }),
        actor('A', 'university', {
          nameEn: 'Ａ<script>alert(1)</script>',
          participations: [
            { project: 'P2', role: 'lead' },
            { project: 'P1', role: 'member' },
          ],
        }),
      ],
      [
        { ...tie('t2', 'A', 'B', 'supply', { startYear: null, endYear: null, strength: 2.5 }) },
        { ...tie('t1', 'B', 'A', 'licensing'), undirected: undefined },
      ],
    );
    delete net.edges[1]!.undirected;
    const decoded = await decode(encodeNetwork(net));
    expect(decoded).toEqual(sorted(net));
    expect(decoded.edges[0]).not.toHaveProperty('undirected');
    expect(decoded.nodes[0]!.attributes.nameEn).toBe('Ａ<script>alert(1)</script>');
  });

  // Full national scale is `npm run bench -- --api`; this is its smoke case.
  it('round-trips a large network in under a quarter of the JSON size', async () => {
    const national = nationalNetwork(2_500, 20_000);
    const frames = encodeNetwork(national);
    const compact = text(frames).length;
    const json = JSON.stringify(national).length;
    expect(compact).toBeLessThan(json / 4);
    expect(await decode(frames, 65_536)).toEqual(sorted(national));
  });

  it('decodes an empty network', async () => {
    const empty = network([], []);
    expect(await decode(encodeNetwork(empty))).toEqual(empty);
  });

  it('refuses what it cannot encode faithfully', () => {
    const extra = smallNetwork();
    extra.nodes[0]!.attributes.colour = 'red';
    expect(() => encodeNetwork(extra)).toThrow(/attribute "colour" has no column/);
    const weight = smallNetwork();
    weight.edges[0]!.attributes.weight = 9;
    expect(() => encodeNetwork(weight)).toThrow(/weight 9 differs from its strength/);
    const dangling = smallNetwork();
    dangling.edges[0]!.target = 'NOPE';
    expect(() => encodeNetwork(dangling)).toThrow(UnknownActorError);
  });
});

describe('the compact decoder refuses a broken stream with a reason', () => {
  const frames = () => encodeNetwork(smallNetwork(), { actors: 2, ties: 2 });

  it('a stream cut short', async () => {
    await expect(decode(frames().slice(0, -2))).rejects.toThrow(/ended early.*without its end/);
  });

  it('counts that do not add up', async () => {
    const f = frames();
    f[f.length - 1] = { t: 'end', actors: 6, ties: 5 };
    await expect(decode(f)).rejects.toThrow(/counts 6 actors and 5 ties, 6 and 4 arrived/);
  });

  it('another format or version', async () => {
    const f = frames();
    const v2 = { ...f[0], version: 2 } as unknown as Frame;
    await expect(decode([v2, ...f.slice(1)])).rejects.toThrow(/version 2 is not supported/);
    await expect(decode(f.slice(1))).rejects.toThrow(/does not start with "network"/);
  });

  it('garbage, a column of the wrong length, a reference out of range', () => {
    const d = new CompactDecoder();
    expect(() => d.pushLine('<html>')).toThrow(CompactFormatError);
    const [header, projects, actors] = frames() as [Frame, Frame, Frame & { t: 'actors' }];
    const short = new CompactDecoder();
    short.push(header);
    short.push(projects);
    expect(() => short.push({ ...actors, key: ['only one'] })).toThrow(
      /column "key" does not hold 2 values/,
    );
    const outOfRange = new CompactDecoder();
    outOfRange.push(header);
    outOfRange.push(projects);
    const kind = actors.columns.kind!.map(() => 99);
    expect(() => outOfRange.push({ ...actors, columns: { ...actors.columns, kind } })).toThrow(
      /"kind" refers to a missing kind entry/,
    );
  });

  it('an error frame from the server', async () => {
    const f = frames();
    const failed = [
      ...f.slice(0, 3),
      { t: 'error', reason: 'unavailable', message: 'The database is not answering.' },
    ] as Frame[];
    const error = await decode(failed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompactStreamError);
    expect((error as CompactStreamError).frame.reason).toBe('unavailable');
  });
});
