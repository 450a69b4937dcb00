#!KAMAILIO
#
# Lab registrar, proxy and presence server for the softphone's integration tests (Kamailio 5.6).
# tests/lab/kamailio.ts fills in the placeholders (upper-case names between double at-signs) per run;
# nothing here is for production.
#
# Rules this file keeps (see /work/shared/guide/LAB.md):
# - every initial request from a local user is digest-authenticated; nothing is trusted by source address,
#   because on loopback every client is "myself". The only exception is pua_dialoginfo's own PUBLISH,
#   recognised by the exact sending socket (kamailio's UDP listener), which no client can send from.
# - WebSocket clients get fix_nated_register on REGISTER, fix_nated_contact on SUBSCRIBE (the presence
#   server uses that Contact for NOTIFYs) and add_contact_alias on everything else, undone by
#   handle_ruri_alias for in-dialog requests.

#!define FLT_NATS 5
#!define FLT_DLGINFO 6
#!define FLB_NATB 7

#!define DBURL "text://@@DB_DIR@@"

####### Global parameters #########

debug=@@DEBUG@@
log_stderror=yes
log_prefix="{$mt $hdr(CSeq) $ci} "
memdbg=5
memlog=5

children=2
tcp_children=3

rundir="@@RUN_DIR@@"

auto_aliases=no
dns=no
rev_dns=no
use_dns_cache=no

listen=udp:127.0.0.1:@@SIP_PORT@@
listen=tcp:127.0.0.1:@@SIP_PORT@@
listen=tcp:127.0.0.1:@@WS_PORT@@
listen=tls:127.0.0.1:@@WSS_PORT@@
alias="127.0.0.1"

enable_tls=yes
tcp_accept_no_cl=yes
tcp_rd_buf_size=16384
tcp_connection_lifetime=3605

####### Modules #########

loadmodule "db_text.so"
loadmodule "tls.so"
loadmodule "ctl.so"
loadmodule "kex.so"
loadmodule "corex.so"
loadmodule "tm.so"
loadmodule "tmx.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "sanity.so"
loadmodule "auth.so"
loadmodule "auth_db.so"
loadmodule "nathelper.so"
loadmodule "xhttp.so"
loadmodule "websocket.so"
loadmodule "dialog.so"
loadmodule "presence.so"
loadmodule "presence_xml.so"
loadmodule "presence_dialoginfo.so"
loadmodule "presence_mwi.so"
loadmodule "pua.so"
loadmodule "pua_dialoginfo.so"

modparam("tls", "config", "@@TLS_CFG@@")
modparam("ctl", "binrpc", "unix:@@RUN_DIR@@/kamailio_ctl")

modparam("tm", "failure_reply_mode", 3)
modparam("tm", "fr_timer", 10000)
modparam("tm", "fr_inv_timer", 60000)

modparam("rr", "enable_full_lr", 0)
modparam("rr", "append_fromtag", 1)

modparam("registrar", "method_filtering", 1)
modparam("registrar", "max_expires", 3600)
modparam("registrar", "min_expires", @@MIN_EXPIRES@@)
# GRUU (RFC 5627), as RFC 7118 §5 recommends for WebSocket clients: a client's pub-gruu Contact reaches
# it through its current binding, so dialogs survive a reconnect or a restart of this server
# (0 when a test asks for a registrar without GRUU: KamailioOptions.gruu)
modparam("registrar", "gruu_enabled", @@GRUU@@)

modparam("usrloc", "db_mode", 0)
modparam("usrloc", "use_domain", 0)
modparam("usrloc", "nat_bflag", FLB_NATB)
# a WebSocket contact whose connection is gone is unreachable: forget it so callers get 480
modparam("usrloc", "handle_lost_tcp", 1)

modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("auth_db", "load_credentials", "")
modparam("auth_db", "use_domain", 0)

modparam("nathelper|registrar", "received_avp", "$avp(RECEIVED)")
modparam("nathelper", "natping_interval", 0)

modparam("dialog", "db_mode", 0)
modparam("dialog", "dlg_match_mode", 1)

modparam("presence", "db_url", DBURL)
modparam("presence_xml", "db_url", DBURL)
modparam("presence_xml", "force_active", 1)
modparam("presence_xml", "integrated_xcap_server", 0)

modparam("pua", "db_url", DBURL)
modparam("pua", "db_mode", 0)
# pua_dialoginfo PUBLISHes to sip:user@127.0.0.1 (port 5060 by default); send them to our own listener
modparam("pua", "outbound_proxy", "sip:127.0.0.1:@@SIP_PORT@@;transport=udp")
modparam("pua_dialoginfo", "send_publish_flag", FLT_DLGINFO)
modparam("pua_dialoginfo", "include_localremote", 1)
modparam("pua_dialoginfo", "include_tags", 1)

####### Routing #########

request_route {
	route(REQINIT);
	route(NATDETECT);

	if (is_method("CANCEL")) {
		if (t_check_trans()) {
			route(RELAY);
		}
		exit;
	}

	if (!is_method("ACK")) {
		if (t_precheck_trans()) {
			t_check_trans();
			exit;
		}
		t_check_trans();
	}

	route(WITHINDLG);

	### initial requests only from here on

	route(LOOPED_PUBLISH);
	route(AUTH);

	remove_hf("Route");
	if (is_method("INVITE")) {
		record_route();
	}

	if (uri!=myself) {
		sl_send_reply("403", "Not relaying");
		exit;
	}

	route(PRESENCE);
	route(REGISTRAR);

	if ($rU==$null) {
		sl_send_reply("484", "Address Incomplete");
		exit;
	}

	route(LOCATION);
}

route[REQINIT] {
	if (($Rp==@@WS_PORT@@ || $Rp==@@WSS_PORT@@) && !($pr=="ws" || $pr=="wss")) {
		sl_send_reply("403", "WebSocket only on this port");
		exit;
	}
	if (!mf_process_maxfwd_header("10")) {
		sl_send_reply("483", "Too Many Hops");
		exit;
	}
	if (is_method("OPTIONS") && uri==myself && $rU==$null) {
		sl_send_reply("200", "Keepalive");
		exit;
	}
	if (!sanity_check("17895", "7")) {
		xlog("L_WARN", "malformed SIP message from $si:$sp\n");
		exit;
	}
}

route[NATDETECT] {
	force_rport();
	if (!nat_uac_test("64")) {
		return;
	}
	if (is_method("REGISTER")) {
		fix_nated_register();
	} else if (is_method("SUBSCRIBE")) {
		# the presence server keeps this Contact as the NOTIFY target; an alias parameter breaks that
		fix_nated_contact();
	} else if (is_present_hf("Contact")) {
		add_contact_alias();
	}
	setflag(FLT_NATS);
}

route[WITHINDLG] {
	if (!has_totag()) {
		return;
	}
	if (loose_route()) {
		if (uri==myself && $(ru{uri.param,gr})!="") {
			route(GRUU);
		} else if (!isdsturiset()) {
			handle_ruri_alias();
		}
		route(RELAY);
		exit;
	}
	if (is_method("SUBSCRIBE") && uri==myself) {
		route(PRESENCE);
		exit;
	}
	if (is_method("ACK")) {
		if (t_check_trans()) {
			route(RELAY);
		}
		exit;
	}
	sl_send_reply("404", "Not here");
	exit;
}

route[GRUU] {
	# an in-dialog request to one of our clients' GRUUs goes to that instance's current binding
	if (!lookup("location")) {
		t_newtran();
		send_reply("480", "Temporarily Unavailable");
		exit;
	}
}

route[LOOPED_PUBLISH] {
	# pua_dialoginfo's own PUBLISH comes back through the UDP listener, sent from that same socket
	if (is_method("PUBLISH") && $pr=="udp" && $si=="127.0.0.1" && $sp==@@SIP_PORT@@
			&& $Rp==@@SIP_PORT@@ && $hdr(Event)=="dialog") {
		route(PRESENCE);
		exit;
	}
}

route[AUTH] {
	if (from_uri!=myself) {
		# the lab has no peers: everything that starts a dialog or transaction comes from a local user
		sl_send_reply("403", "Not a local user");
		exit;
	}
	if (is_method("PUBLISH") && $hdr(Event)=="message-summary") {
		route(AUTH_MWI);
		return;
	}
	if (!auth_check("$fd", "subscriber", "1")) {
		auth_challenge("$fd", "1");
		exit;
	}
	if (!is_method("REGISTER|PUBLISH")) {
		consume_credentials();
	}
}

route[AUTH_MWI] {
	# auth_check's identity rule wants the To user to publish; the voicemail user publishes for everyone
	if (!auth_check("$fd", "subscriber", "0")) {
		auth_challenge("$fd", "1");
		exit;
	}
	if ($au!="@@VOICEMAIL_USER@@" && $au!=$tU) {
		sl_send_reply("403", "Only the mailbox owner or voicemail may publish");
		exit;
	}
}

route[PRESENCE] {
	if (!is_method("PUBLISH|SUBSCRIBE")) {
		return;
	}
	if (!t_newtran()) {
		sl_reply_error();
		exit;
	}
	if (is_method("PUBLISH")) {
		handle_publish();
	} else {
		handle_subscribe();
	}
	t_release();
	exit;
}

route[REGISTRAR] {
	if (!is_method("REGISTER")) {
		return;
	}
	if (isflagset(FLT_NATS)) {
		setbflag(FLB_NATB);
	}
	if (!save("location")) {
		sl_reply_error();
	}
	exit;
}

route[LOCATION] {
	if (!is_subscriber("$ru", "subscriber", "2")) {
		sl_send_reply("404", "Not Found");
		exit;
	}
	if (!lookup("location")) {
		$var(rc) = $rc;
		t_newtran();
		if ($var(rc)==-2) {
			send_reply("405", "Method Not Allowed");
		} else {
			send_reply("480", "Temporarily Unavailable");
		}
		exit;
	}
	if (is_method("INVITE")) {
		# pua_dialoginfo only publishes dialogs whose flag is set when the dialog is created
		setflag(FLT_DLGINFO);
		dlg_manage();
	}
	route(RELAY);
}

route[RELAY] {
	if (is_method("INVITE")) {
		if (!t_is_set("failure_route")) {
			t_on_failure("MANAGE_FAILURE");
		}
	}
	if (!t_relay()) {
		sl_reply_error();
	}
	exit;
}

onreply_route {
	if (nat_uac_test("64") && is_present_hf("Contact")) {
		add_contact_alias();
	}
}

failure_route[MANAGE_FAILURE] {
	if (t_is_canceled()) {
		exit;
	}
	if (t_check_status("408") && !t_branch_replied()) {
		t_reply("480", "Temporarily Unavailable");
	}
}

event_route[xhttp:request] {
	set_reply_close();
	set_reply_no_connect();
	if ($Rp!=@@WS_PORT@@ && $Rp!=@@WSS_PORT@@) {
		xhttp_reply("403", "Forbidden", "", "");
		exit;
	}
	if ($hdr(Upgrade)=~"websocket" && $hdr(Connection)=~"Upgrade" && $rm=~"GET") {
		if ($hdr(Host)==$null || !is_myself("sip:" + $hdr(Host))) {
			xlog("L_WARN", "bad WebSocket Host $hdr(Host)\n");
			xhttp_reply("403", "Forbidden", "", "");
			exit;
		}
		if (ws_handle_handshake()) {
			exit;
		}
	}
	xhttp_reply("404", "Not Found", "", "");
}
