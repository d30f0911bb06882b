#pragma once

#include <QSslConfiguration>

namespace cw::test {

/// TLS for the simulators on 127.0.0.1, for tests and benchmarks of the HTTPS path the real
/// services use. The certificate (for 127.0.0.1 and localhost, valid until 2126) and its key are
/// fixed and public: they protect nothing, and are trusted only by a process that asks.
class LoopbackTls
{
public:
    /// The server side: the certificate and its private key.
    static QSslConfiguration server();
    /// Adds the certificate to this process's trusted authorities (the default configuration
    /// every request starts from).
    static void trustInThisProcess();
};

} // namespace cw::test
