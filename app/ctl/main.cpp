#include "ctlapp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    return cw::CtlApp().run(QCoreApplication::arguments());
}
