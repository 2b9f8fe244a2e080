/* ---------- inflateRaw: DEFLATE (RFC 1951), for big pages' data (biggraph.js unpackData) ----------
 * A pure function, no page state: bytes in, bytes out. The browser's DecompressionStream is
 * asynchronous, and the data must be there before anything else runs. */

function inflateRaw(src) {
  // A plain DEFLATE (RFC 1951) decoder: big pages ship their data compressed and
  // the page must have it synchronously, before anything else runs.
  var out = new Uint8Array(Math.max(1024, src.length * 6)), op = 0;
  var pos = 0, bitBuf = 0, bitCnt = 0;
  function grow(need) {
    if (op + need <= out.length) return;
    var bigger = new Uint8Array(Math.max(out.length * 2, op + need));
    bigger.set(out.subarray(0, op)); out = bigger;
  }
  function bits(n) {
    while (bitCnt < n) {
      if (pos >= src.length + 4) throw new Error("inflate: unexpected end of data");
      if (pos < src.length) bitBuf |= src[pos] << bitCnt;
      pos++; bitCnt += 8;
    }
    var v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n; bitCnt -= n;
    return v;
  }
  function table(lengths, n) {
    // Canonical Huffman codes, looked up by the next `max` bits of input at once.
    var counts = new Uint16Array(16), next = new Uint16Array(16), max = 0, i;
    for (i = 0; i < n; i++) { counts[lengths[i]]++; if (lengths[i] > max) max = lengths[i]; }
    counts[0] = 0;
    for (i = 1, code = 0; i < 16; i++) { var code; code = (code + counts[i - 1]) << 1; next[i] = code; }
    if (max === 0) max = 1;
    var size = 1 << max, tab = new Int32Array(size);
    for (i = 0; i < n; i++) {
      var L = lengths[i];
      if (!L) continue;
      var c = next[L]++, rev = 0;
      for (var b = 0; b < L; b++) { rev = (rev << 1) | (c & 1); c >>= 1; }
      for (var f = rev; f < size; f += 1 << L) tab[f] = (i << 4) | L;
    }
    return {tab: tab, max: max, mask: size - 1};
  }
  function decode(t) {
    while (bitCnt < t.max) {
      if (pos < src.length) bitBuf |= src[pos] << bitCnt;
      pos++; bitCnt += 8;
    }
    var e = t.tab[bitBuf & t.mask], L = e & 15;
    if (!L) throw new Error("inflate: bad code");
    bitBuf >>>= L; bitCnt -= L;
    return e >> 4;
  }
  var LBASE = [3,4,5,6,7,8,9,10,11,13,15,17,19,23,27,31,35,43,51,59,67,83,99,115,131,163,195,227,258];
  var LEXT = [0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0];
  var DBASE = [1,2,3,4,5,7,9,13,17,25,33,49,65,97,129,193,257,385,513,769,1025,1537,2049,3073,
               4097,6145,8193,12289,16385,24577];
  var DEXT = [0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13];
  var ORDER = [16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15];
  var fixedL = null, fixedD = null;
  var last;
  do {
    last = bits(1);
    var type = bits(2);
    if (type === 0) {
      pos -= bitCnt >> 3;  // give back whole bytes read ahead, then skip to a byte boundary
      bitBuf = 0; bitCnt = 0;
      var len = src[pos] | (src[pos + 1] << 8); pos += 4;
      grow(len); out.set(src.subarray(pos, pos + len), op); op += len; pos += len;
      continue;
    }
    var lt, dt;
    if (type === 1) {
      if (!fixedL) {
        var l = new Uint8Array(288), i;
        for (i = 0; i < 144; i++) l[i] = 8;
        for (; i < 256; i++) l[i] = 9;
        for (; i < 280; i++) l[i] = 7;
        for (; i < 288; i++) l[i] = 8;
        fixedL = table(l, 288);
        var d5 = new Uint8Array(30); d5.fill(5); fixedD = table(d5, 30);
      }
      lt = fixedL; dt = fixedD;
    } else if (type === 2) {
      var hlit = bits(5) + 257, hdist = bits(5) + 1, hclen = bits(4) + 4;
      var cl = new Uint8Array(19);
      for (var k = 0; k < hclen; k++) cl[ORDER[k]] = bits(3);
      var ct = table(cl, 19), lens = new Uint8Array(hlit + hdist), n = 0;
      while (n < hlit + hdist) {
        var sym = decode(ct);
        if (sym < 16) { lens[n++] = sym; continue; }
        var rep = 0, prev = 0;
        if (sym === 16) { prev = lens[n - 1]; rep = 3 + bits(2); }
        else if (sym === 17) rep = 3 + bits(3);
        else rep = 11 + bits(7);
        while (rep--) lens[n++] = prev;
      }
      lt = table(lens.subarray(0, hlit), hlit);
      dt = table(lens.subarray(hlit), hdist);
    } else {
      throw new Error("inflate: bad block type");
    }
    for (;;) {
      var s = decode(lt);
      if (s < 256) { if (op >= out.length) grow(1); out[op++] = s; continue; }
      if (s === 256) break;
      s -= 257;
      var length = LBASE[s] + bits(LEXT[s]);
      var ds = decode(dt);
      var dist = DBASE[ds] + bits(DEXT[ds]);
      grow(length);
      for (var c = 0; c < length; c++, op++) out[op] = out[op - dist];
    }
  } while (!last);
  return out.subarray(0, op);
}
