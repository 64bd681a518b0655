# Varnish 7 in front of Dateline's application servers.
#
# - Reader pages are the same for everyone: cookies are dropped on the way in
#   and the application's Cache-Control decides how long a page is kept.
# - The newsroom, the admin, the subscriber API and every POST pass through.
# - Grace serves the last good copy while a fresh one is fetched
#   (stale-while-revalidate) or while the application is down (stale-if-error);
#   concurrent misses for one page wait for a single backend fetch.
# - The application purges by surrogate key (xkey) when a story changes; only
#   the addresses in the `purgers` ACL may purge.
#
# The application servers are listed in dateline-backends.vcl beside this
# file (see deploy/varnish/dateline-backends.vcl.example and docs/deployment.md).
vcl 4.1;

import directors;
import std;
import xkey;

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new apps = directors.round_robin();
    call dateline_backends;
}

# Defines the backends and `sub dateline_backends`, which adds them to `apps`.
include "dateline-backends.vcl";

sub vcl_recv {
    set req.backend_hint = apps.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is not allowed from this address."));
        }
        if (req.http.xkey-purge) {
            # A hard purge: after a correction or a kill no reader may get
            # the old page, not even once while a fresh one is fetched.
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone + " objects"));
        }
        return (purge);
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff desks, the admin, the subscriber API (keyed per client) and the
    # readers' feedback endpoints (per-reader tokens) are never shared.
    if (req.url ~ "^/(newsroom|admin|api/v1|feedback|incoming|threads/manage|threads/suggestions)(/|$)" ||
        req.url ~ "^/static/") {
        if (req.url ~ "^/static/") {
            unset req.http.Cookie;
            return (hash);
        }
        return (pass);
    }
    # Every reader gets the same page; the session and CSRF cookies of a
    # signed-in editor do not change it (the Edit link is drawn by script).
    unset req.http.Cookie;
    unset req.http.Authorization;
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        # Not meant for a shared cache: remember that for a while, so
        # requests for it go straight to the application, not in a queue.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Varnish reads max-age into the TTL and stale-while-revalidate into
    # grace. stale-if-error is kept with `keep`, used below when the
    # application fails.
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.keep = std.duration(regsub(beresp.http.Cache-Control, ".*stale-if-error=(\d+).*", "\1s"), 0s);
    }
    if (beresp.status >= 500) {
        return (abandon);
    }
}

sub vcl_backend_error {
    # The application is down: an old copy beats an error page (stale-if-error).
    if (bereq.retries < 1 && bereq.method == "GET") {
        return (retry);
    }
}

sub vcl_hit {
    # Past its grace but within stale-if-error: serve it if the application
    # is sick, fetch a fresh copy otherwise.
    if (obj.ttl + obj.grace <= 0s && !std.healthy(req.backend_hint)) {
        return (deliver);
    }
}

sub vcl_deliver {
    # The keys are for this cache, not for browsers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    unset resp.http.Via;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
