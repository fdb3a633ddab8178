# This file has an unexpected indent: nothing runs
def greet(name):
    message = "hello " + name
    return message


def farewell(name):
    return "goodbye " + name


print(greet("world"))
print(farewell("world"))
    print("this line is indented for no reason")
print("never reached")
