#!/bin/sh
# Assembles the root file system every edukpi image starts from when no registry base image is
# reachable (this machine and CI see only Maven Central): a jlinked JRE of the build's own JDK, the
# glibc shared libraries it loads, a numeric non-root user and a writable /tmp.
# Usage: jre-base.sh <java.home> <output dir>. Runs once per build: an existing <output dir> is kept.
set -eu
JAVA_HOME_IN=$1
OUT=$2
[ -f "$OUT/.complete" ] && exit 0

# The modules Quarkus, Hibernate, Narayana (java.rmi), Agroal/PostgreSQL JDBC, the Kafka client
# (SASL, JAAS), Vert.x/Netty, SmallRye and Micrometer use, Thai locale data and charsets
# (TIS-620/windows-874 files from school MIS systems), the EC/PKCS11 providers for TLS. A missing
# module shows as NoClassDefFoundError java/... at start: add it here.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs

TMP="$OUT.tmp.$$"
rm -rf "$TMP"
mkdir -p "$TMP/opt" "$TMP/etc" "$TMP/tmp" "$TMP/deployments"
"$JAVA_HOME_IN/bin/jlink" --add-modules "$MODULES" --include-locales=en,th \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$TMP/opt/java"

# Debian's JDK keeps the CA bundle outside the JDK (a symlink into /etc/ssl): copy the real file.
if [ -e "$JAVA_HOME_IN/lib/security/cacerts" ]; then
  rm -f "$TMP/opt/java/lib/security/cacerts"
  cp -L "$JAVA_HOME_IN/lib/security/cacerts" "$TMP/opt/java/lib/security/cacerts"
fi

# java.desktop stays for java.beans (Hibernate, Jackson); its windowing, sound, font and image
# natives would pull in X11 and friends, and a headless server never loads them.
for lib in libawt_xawt libjawt libsplashscreen libjsound libfontmanager libjavajpeg liblcms; do
  rm -f "$TMP/opt/java/lib/$lib.so"
done

# Every shared library the JRE's binaries and libraries need, from the build machine, as real files
# (the image has no symlinks to resolve them), at the paths the dynamic loader looks in.
for f in "$TMP/opt/java/bin/java" $(find "$TMP/opt/java/lib" -name '*.so'); do
  ldd "$f" 2>/dev/null | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) (.*/\1/p'
done | sort -u | while read -r lib; do
  case "$lib" in "$TMP"/*) continue ;; esac
  mkdir -p "$TMP$(dirname "$lib")"
  cp -L "$lib" "$TMP$lib"
done
# glibc 2.34+ serves DNS and /etc/hosts from libc itself; this says in which order.
echo 'hosts: files dns' > "$TMP/etc/nsswitch.conf"
echo 'root:x:0:0:root:/root:/sbin/nologin' > "$TMP/etc/passwd"
echo 'edukpi:x:185:0:edukpi:/tmp:/sbin/nologin' >> "$TMP/etc/passwd"
echo 'root:x:0:' > "$TMP/etc/group"
touch "$TMP/.complete"
rm -rf "$OUT"
mv "$TMP" "$OUT"
