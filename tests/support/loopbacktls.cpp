#include "loopbacktls.h"

#include <QSslCertificate>
#include <QSslKey>

namespace cw::test {

namespace {

// Made with: openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
//   -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"
const char kCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBmzCCAUGgAwIBAgIUG0yf/ThHzBOv1Hpz47FrB6Kxmr8wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNzIzNDkwOFoYDzIxMjYxMTAz
MjM0OTA4WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQvmaPB1iHoPo7+u+EAjpuhRjPMQMutxljMddZA4/uuykVG9xEqGP/k
YGACFybDuCXHAcEIReJpoCB88KTwBNtWo28wbTAdBgNVHQ4EFgQUWW8tpJNw3V6K
nd370jKgJpjJkxcwHwYDVR0jBBgwFoAUWW8tpJNw3V6Knd370jKgJpjJkxcwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwCgYIKoZI
zj0EAwIDSAAwRQIgLix/VP1HJNdULKZuNeF7BxTS6qKehzp78El9mPjN5vkCIQCV
Dl2AILm1vAe6LYk4CuZoTgH/1tDj0DaMmyd5DOnY0w==
-----END CERTIFICATE-----
)";

const char kPrivateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgTVIdKCIcMBDhivb2
ZsNBgooifCQhxEjoQO4lrKRTk0qhRANCAAQvmaPB1iHoPo7+u+EAjpuhRjPMQMut
xljMddZA4/uuykVG9xEqGP/kYGACFybDuCXHAcEIReJpoCB88KTwBNtW
-----END PRIVATE KEY-----
)";

QSslCertificate certificate()
{
    return QSslCertificate(QByteArray(kCertificate), QSsl::Pem);
}

} // namespace

QSslConfiguration LoopbackTls::server()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate());
    configuration.setPrivateKey(QSslKey(QByteArray(kPrivateKey), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

void LoopbackTls::trustInThisProcess()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(certificate());
    QSslConfiguration::setDefaultConfiguration(configuration);
}

} // namespace cw::test
