// placeholder until the stage is built
