#include "driver/driver.h"

int main(int argc, char** argv) { return dartc::driver::runCommandLine(argc, argv); }
