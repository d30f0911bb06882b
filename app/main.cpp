#include "application.h"

int main(int argc, char **argv)
{
    cw::Application application(argc, argv);
    return application.run();
}
