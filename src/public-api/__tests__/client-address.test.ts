import { clientAddressResolver } from '../client-address';

describe('clientAddressResolver', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    const resolve = clientAddressResolver([]);
    expect(resolve('198.51.100.9', '1.2.3.4')).toBe('198.51.100.9');
  });

  it('ignores X-Forwarded-For sent by an address that is not a trusted proxy', () => {
    const resolve = clientAddressResolver(['10.0.0.0/8']);
    expect(resolve('198.51.100.9', '1.2.3.4')).toBe('198.51.100.9');
  });

  it('reads X-Forwarded-For right to left through trusted proxies only', () => {
    const resolve = clientAddressResolver(['10.0.0.0/8', '::1', '2001:db8::/32']);
    expect(resolve('::ffff:10.0.0.2', '203.0.113.7')).toBe('203.0.113.7');
    // A client that forges its own header is still the hop its proxy appended.
    expect(resolve('10.0.0.2', '1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
    expect(resolve('10.0.0.2', '1.2.3.4, 203.0.113.7, 10.0.0.9')).toBe('203.0.113.7');
    expect(resolve('::1', '2001:db8::5, 2001:db9::1')).toBe('2001:db9::1');
    // Garbage stops the walk at the last trusted hop.
    expect(resolve('10.0.0.2', 'not-an-ip')).toBe('10.0.0.2');
    expect(resolve('10.0.0.2', undefined)).toBe('10.0.0.2');
  });

  it('refuses a setting that is not an address or range', () => {
    expect(() => clientAddressResolver(['proxy.local'])).toThrow(/PUBLIC_API_TRUSTED_PROXIES/);
  });
});
