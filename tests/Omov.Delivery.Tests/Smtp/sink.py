#!/usr/bin/python3
"""A real SMTP server for Omov's delivery tests (and the send benchmark), on aiosmtpd.

Every accepted message is stored as NNNNNN.eml in --dir (written to a temporary name, then
renamed, so a reader never sees half a file), with its envelope recipients in NNNNNN.rcpt.
It can be told to refuse recipients for good (550), to defer them (451, for the first K
attempts or always), and to die abruptly (no reply, nothing stored) when the message after
the first N arrives, to stand for a server that crashes mid-batch.

Prints "READY <port>" on stdout once it accepts connections. Runs until killed or until its
standard input closes.
"""
import argparse
import os
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, reject, defer, die_after, discard=False):
        self.directory = directory
        self.discard = discard
        self.reject = {a.lower() for a in reject}
        self.defer = {}
        for spec in defer:
            address, _, times = spec.rpartition(":") if ":" in spec else (spec, "", "")
            self.defer[(address or spec).lower()] = int(times) if times else None
        self.die_after = die_after
        self.stored = len([n for n in os.listdir(directory) if n.endswith(".eml")])
        self.accepted_here = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        key = address.lower()
        if key in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if key in self.defer:
            left = self.defer[key]
            if left is None or left > 0:
                if left is not None:
                    self.defer[key] = left - 1
                return "451 4.7.1 <%s>: Recipient address deferred: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.die_after is not None and self.accepted_here >= self.die_after:
            # A crash: no reply to DATA, nothing stored.
            os._exit(3)
        self.stored += 1
        self.accepted_here += 1
        if self.discard:
            return "250 2.0.0 Ok: discarded %06d" % self.stored
        name = os.path.join(self.directory, "%06d" % self.stored)
        with open(name + ".rcpt.tmp", "w") as rcpt:
            rcpt.write("\n".join(envelope.rcpt_tos) + "\n")
        os.replace(name + ".rcpt.tmp", name + ".rcpt")
        with open(name + ".eml.tmp", "wb") as eml:
            eml.write(envelope.original_content or envelope.content)
        os.replace(name + ".eml.tmp", name + ".eml")
        return "250 2.0.0 Ok: queued as %06d" % self.stored


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--reject", action="append", default=[], help="refuse this recipient with 550")
    parser.add_argument("--defer", action="append", default=[], help="ADDRESS[:K]: answer 451 for the first K attempts (always without K)")
    parser.add_argument("--die-after", type=int, default=None, help="exit abruptly when message N+1 arrives")
    parser.add_argument("--discard", action="store_true", help="accept and count, store nothing (benchmarks)")
    args = parser.parse_args()

    os.makedirs(args.dir, exist_ok=True)
    sink = Sink(args.dir, args.reject, args.defer, args.die_after, args.discard)
    controller = Controller(sink, hostname=args.host, port=args.port, server_hostname="sink.omov.test")
    controller.start()
    print("READY %d" % args.port, flush=True)
    try:
        # Until the test closes our standard input (or kills us).
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
