#!/usr/bin/python3
"""Drives the Odoo simulator of `crosswalkctl sandbox` with Debian's python3-odoorpc, a real Odoo
client library written by others: login through /web/session/authenticate, env[...] search,
browse, read, create, write, unlink, external ids, context, and errors surfacing as
odoorpc.error.RPCError carrying Odoo's exception name. Run with /usr/bin/python3 (the Debian
interpreter that has odoorpc), the crosswalkctl executable as first argument.
"""
import os
import signal
import subprocess
import sys
import unittest

import odoorpc

CTL = None


class SandboxProcess:
    """crosswalkctl sandbox on a free port; reads the printed odoo.* lines."""

    def __init__(self, version):
        self.process = subprocess.Popen(
            [CTL, 'sandbox', '--odoo-port', '0', '--odoo-version', str(version), '--customers', '15', '--seed', '3'],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.info = {}
        while 'odoo.api_key' not in self.info:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError('sandbox exited: ' + self.process.stderr.read())
            key, _, value = line.strip().partition('=')
            self.info[key] = value
        self.port = int(self.info['odoo.url'].rsplit(':', 1)[1])

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=30)
        finally:
            self.process.stdout.close()
            self.process.stderr.close()


class OdooRpcCompat:
    """Mixed into one TestCase per simulated version."""

    version = None

    @classmethod
    def setUpClass(cls):
        cls.sandbox = SandboxProcess(cls.version)
        cls.odoo = odoorpc.ODOO('127.0.0.1', port=cls.sandbox.port, timeout=30)
        cls.odoo.login(cls.sandbox.info['odoo.database'], cls.sandbox.info['odoo.login'],
                       cls.sandbox.info['odoo.password'])

    @classmethod
    def tearDownClass(cls):
        cls.odoo.logout()
        code = cls.sandbox.stop()
        if code != 0:
            raise AssertionError('sandbox did not stop cleanly on SIGTERM: exit code %s' % code)

    def test_version_and_login(self):
        self.assertEqual(self.odoo.version, '%d.0' % self.version)
        self.assertEqual(self.odoo.env.uid, 2)
        self.assertEqual(self.odoo.env.user.name, 'Mitchell Admin')
        self.assertEqual(self.odoo.env.context['tz'], 'Europe/Brussels')
        self.assertEqual(self.odoo.db.list(), [self.sandbox.info['odoo.database']])

    def test_search_browse_read(self):
        Partner = self.odoo.env['res.partner']
        ids = Partner.search([('is_company', '=', True), ('customer_rank', '>', 0)], limit=5, order='id')
        self.assertEqual(len(ids), 5)
        self.assertEqual(ids, sorted(ids))
        first = Partner.browse(ids[0])
        self.assertTrue(first.name)
        if first.country_id:
            self.assertTrue(first.country_id.code)
        rows = Partner.read(ids[:2], ['name', 'country_id', 'child_ids'])
        self.assertEqual([row['id'] for row in rows], ids[:2])
        country = rows[0]['country_id']
        self.assertTrue(country is False or (isinstance(country, list) and len(country) == 2))
        invoices = self.odoo.env['account.move'].search_read([('state', '=', 'posted')], ['name', 'partner_id', 'amount_total'],
                                                            limit=3)
        self.assertTrue(invoices)
        self.assertTrue(invoices[0]['name'].startswith('INV/'))
        self.assertIsInstance(invoices[0]['partner_id'], list)

    def test_create_write_unlink(self):
        Partner = self.odoo.env['res.partner']
        new_id = Partner.create({'name': 'OdooRPC Compat', 'email': 'compat@example.com'})
        self.assertIsInstance(new_id, int)
        record = Partner.browse(new_id)
        record.name = 'OdooRPC Compat Renamed'
        self.assertEqual(Partner.read([new_id], ['name'])[0]['name'], 'OdooRPC Compat Renamed')
        record.write({'phone': '+32 2 555 01 01'})
        self.assertEqual(Partner.browse(new_id).phone, '+32 2 555 01 01')
        self.assertTrue(record.unlink())
        self.assertEqual(Partner.search([('id', '=', new_id)]), [])

    def test_external_ids_and_context(self):
        company = self.odoo.env.ref('base.main_company')
        self.assertEqual(company.name, 'Crosswalk Demo Ltd')
        Partner = self.odoo.env['res.partner']
        archived = Partner.create({'name': 'Archived via OdooRPC', 'active': False})
        self.assertEqual(Partner.search([('name', '=', 'Archived via OdooRPC')]), [])
        self.assertEqual(Partner.with_context(active_test=False).search([('name', '=', 'Archived via OdooRPC')]), [archived])
        self.assertTrue('res.partner' in self.odoo.env)
        self.assertFalse('no.such.model' in self.odoo.env)

    def assertRaisesOdoo(self, exception_name, call, *args):
        with self.assertRaises(odoorpc.error.RPCError) as raised:
            call(*args)
        self.assertEqual(raised.exception.info['data']['name'], exception_name)
        return raised.exception

    def test_errors_carry_exception_name(self):
        Partner = self.odoo.env['res.partner']
        gone = Partner.create({'name': 'Soon gone'})
        Partner.unlink([gone])
        self.assertRaisesOdoo('odoo.exceptions.MissingError', Partner.read, [gone], ['name'])
        posted = self.odoo.env['account.move'].search([('state', '=', 'posted')], limit=1)
        error = self.assertRaisesOdoo('odoo.exceptions.UserError', self.odoo.env['account.move'].unlink, posted)
        self.assertEqual(str(error), 'You cannot delete an entry which has been posted once.')
        self.assertRaisesOdoo('builtins.AttributeError', self.odoo.execute, 'res.partner', 'no_such_method')
        self.assertRaisesOdoo('odoo.exceptions.AccessError', self.odoo.execute, 'res.partner', '_private')
        self.assertRaisesOdoo('builtins.ValueError', Partner.search, [('no_such_field', '=', 1)])
        other = odoorpc.ODOO('127.0.0.1', port=self.sandbox.port)
        self.assertRaisesOdoo('odoo.exceptions.AccessDenied', other.login, self.sandbox.info['odoo.database'],
                              self.sandbox.info['odoo.login'], self.sandbox.info['odoo.api_key'])


def make_case(version):
    return type('OdooRpcCompat%d' % version, (OdooRpcCompat, unittest.TestCase), {'version': version})


for _version in (16, 17, 18, 19):
    globals()['OdooRpcCompat%d' % _version] = make_case(_version)

if __name__ == '__main__':
    if len(sys.argv) < 2 or not os.access(sys.argv[1], os.X_OK):
        sys.exit('usage: odoorpc_compat.py /path/to/crosswalkctl')
    CTL = sys.argv.pop(1)
    unittest.main(verbosity=2)
