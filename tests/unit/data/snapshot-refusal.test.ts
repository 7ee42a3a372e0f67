/** Hostile or broken snapshot files are refused with a clear message; hostile text is kept as text. */
import { describe, expect, it } from 'vitest';
import { parseSnapshot, parseSnapshotFile } from '../../../src/data/snapshot-parse';
import { MAX_SNAPSHOT_BYTES, SNAPSHOT_FORMAT } from '../../../src/model/snapshot';
import { actor, network, smallNetwork, tie } from '../explorer/fixtures';

const snapshot = (graph: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SNAPSHOT_FORMAT, version: 1, createdAt: 'now', graph, ...extra });

describe('snapshot files', () => {
  it('a huge file is refused before it is read', async () => {
    const huge = {
      size: MAX_SNAPSHOT_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob;
    await expect(parseSnapshotFile(huge)).rejects.toThrow(
      /the file is 101 MB; a snapshot can be at most 100 MB/,
    );
    expect(() => parseSnapshot(' '.repeat(MAX_SNAPSHOT_BYTES + 1))).toThrow(/at most 100 MB/);
  });

  it('malformed JSON, a wrong version, a wrong shape', () => {
    expect(() => parseSnapshot('{"format": "cluster-explorer-snapshot", ')).toThrow(/^not JSON/);
    expect(() => parseSnapshot(snapshot(smallNetwork(), { version: 2 }))).toThrow(
      /newer explorer \(snapshot version 2\); this one reads version 1/,
    );
    expect(() => parseSnapshot(snapshot(smallNetwork(), { version: '1' }))).toThrow(
      /unknown snapshot version "1"/,
    );
    expect(() => parseSnapshot(snapshot({ nodes: 'x', edges: [] }))).toThrow(/graph\.nodes/);
    expect(() => parseSnapshot('[1,2,3]')).toThrow(/neither an explorer snapshot nor/);
  });

  it('names the attribute that is wrong, and how many more are', () => {
    const net = smallNetwork();
    for (const n of net.nodes) (n.attributes as { kind: string }).kind = 'alien';
    expect(() => parseSnapshot(snapshot(net))).toThrow(
      /graph\.nodes\[0\]\.attributes\.kind: .*company.*\(and 3 more\)/,
    );
    const strength = smallNetwork();
    strength.edges[1]!.attributes.strength = -1;
    expect(() => parseSnapshot(snapshot(strength))).toThrow(/edges\[1\]\.attributes\.strength/);
    const long = smallNetwork();
    long.nodes[2]!.attributes.name = 'x'.repeat(20_000);
    expect(() => parseSnapshot(snapshot(long))).toThrow(/nodes\[2\]\.attributes\.name/);
  });

  it('ties to unknown actors and duplicated keys are refused', () => {
    const dangling = smallNetwork();
    dangling.edges[0]!.target = 'GHOST';
    expect(() => parseSnapshot(snapshot(dangling))).toThrow(
      /tie "t1" refers to the unknown actor "GHOST"/,
    );
    const twice = smallNetwork();
    twice.nodes.push(twice.nodes[0]!);
    expect(() => parseSnapshot(snapshot(twice))).toThrow(/actor "U1" appears twice/);
  });

  it('script and markup in names stay text; renderer settings and __proto__ are dropped', () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const net = network(
      [
        actor('<b>U</b>', 'university', { name: script, nameEn: '=HYPERLINK("http://x")' }),
        actor('C', 'company'),
      ],
      [tie('"t"', '<b>U</b>', 'C', 'joint_research')],
    );
    const text = snapshot(net).replace(
      '"synthetic":true}',
      '"synthetic":true,"type":"evil-program","label":"x","__proto__":{"polluted":true}}',
    );
    const parsed = parseSnapshot(text);
    const u = parsed.graph.nodes.find((n) => n.key === '<b>U</b>')!.attributes;
    expect(u.name).toBe(script);
    expect(u.nameEn).toBe('=HYPERLINK("http://x")');
    for (const node of parsed.graph.nodes) {
      expect(Object.keys(node.attributes)).not.toContain('type');
      expect(Object.keys(node.attributes)).not.toContain('label');
      expect(Object.getPrototypeOf(node.attributes)).toBe(Object.prototype);
      expect((node.attributes as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(parsed.graph.edges[0]!.key).toBe('"t"');
  });

  it('colours that are not colours are refused (no url(), no expressions)', () => {
    const net = smallNetwork();
    (net.nodes[0]!.attributes as { color?: string }).color = 'url(javascript:alert(1))';
    expect(() => parseSnapshot(snapshot(net))).toThrow(
      /nodes\[0\]\.attributes\.color: not a colour/,
    );
    (net.nodes[0]!.attributes as { color?: string }).color = 'rgba(1, 2, 3, 0.5)';
    expect(parseSnapshot(snapshot(net)).graph.nodes[0]!.attributes.color).toBe(
      'rgba(1, 2, 3, 0.5)',
    );
  });

  it('fills what older or plain files lack, as the explorer expects', () => {
    const plain = {
      nodes: [
        { key: 'a', attributes: { kind: 'tlo', name: 'TLO' } },
        { key: 'b', attributes: { kind: 'company', name: 'B' } },
      ],
      edges: [
        { key: 'e', source: 'a', target: 'b', attributes: { kind: 'licensing', strength: 2 } },
      ],
    };
    const parsed = parseSnapshot(JSON.stringify(plain));
    expect(parsed.graph.nodes[0]!.attributes).toMatchObject({
      sector: 'academia',
      nameEn: null,
      fields: [],
      participations: [],
      synthetic: false,
    });
    expect(parsed.graph.edges[0]!.attributes).toMatchObject({ weight: 2, startYear: null });
    expect(parsed.graph.attributes.view).toBe('all');
  });
});
